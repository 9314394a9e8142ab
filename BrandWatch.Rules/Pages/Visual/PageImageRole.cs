namespace BrandWatch.Rules.Pages.Visual;

/// <summary>What a fetched image is to its page.</summary>
public enum PageImageRole
{
    /// <summary>A <c>link rel="icon"</c>, or /favicon.ico when the page declares none.</summary>
    Favicon,

    /// <summary>A <c>link rel="apple-touch-icon"</c>.</summary>
    TouchIcon,

    /// <summary>The <c>og:image</c> shown when the page is shared.</summary>
    ShareImage,

    /// <summary>An <c>img</c> element of the page.</summary>
    Image,
}
