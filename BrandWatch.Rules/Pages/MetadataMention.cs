namespace BrandWatch.Rules.Pages;

/// <summary>One place the page's metadata names a mark: the title, a meta or Open Graph tag, or the alt text of an image nobody sees.</summary>
internal sealed record MetadataMention(int Mark, string Evidence, string Location, Dictionary<string, string> Facts);
