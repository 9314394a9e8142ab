namespace BrandWatch.Rules.Pages;

/// <summary>How a page shows a logo.</summary>
internal enum LogoKind
{
    Image,
    Favicon,
    Background,
}
