namespace BrandWatch.Rules.Pages;

/// <summary>Where the page wears a mark's logo as its own: an image, its favicon or a CSS background, with the evidence.</summary>
internal sealed record LogoSighting
{
    public required int Mark { get; init; }

    /// <summary>"page header", "navigation bar", "favicon", "background image", …</summary>
    public required string Placement { get; init; }

    public required string Evidence { get; init; }

    /// <summary>The image's address as the page wrote it.</summary>
    public required string Src { get; init; }

    /// <summary>What kind of element shows the logo.</summary>
    public required LogoKind Kind { get; init; }

    /// <summary>Served from the owner's own host; null for a background image, where it is not recorded.</summary>
    public bool? Hotlinked { get; init; }

    /// <summary>The reference logo or favicon the fetched image matched, when the sighting rests on the picture itself.</summary>
    public Visual.VisualMatch? Visual { get; init; }

    /// <summary>The start tag of the element a background logo is drawn on.</summary>
    public string? Element { get; init; }
}
