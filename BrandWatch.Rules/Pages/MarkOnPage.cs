using AngleSharp.Dom;

namespace BrandWatch.Rules.Pages;

/// <summary>Where one mark shows on one page, gathered during the walk and read by the detectors.</summary>
internal sealed class MarkOnPage
{
    /// <summary>Elements whose own text names the mark: the element, a snippet of its text, and how often.</summary>
    public List<TextHitGroup> TextHits { get; } = [];

    public int Occurrences { get; set; }

    /// <summary>Occurrences per block, to find a block that is mostly the mark repeated (wallpaper).</summary>
    public Dictionary<TextBlock, int> BlockOccurrences { get; } = [];

    public int HiddenOccurrences { get; set; }

    /// <summary>Each way the mark is hidden, with the first element hidden that way and how many occurrences.</summary>
    public List<(string Technique, IElement Element, int Count)> Hidden { get; } = [];

    public bool InTitle { get; set; }

    /// <summary>In the title, meta keywords or description, or an Open Graph / Twitter tag.</summary>
    public bool InMetadata { get; set; }

    public bool InImageText { get; set; }

    public bool HasLogo { get; set; }

    public int VisibleOccurrences => Occurrences - HiddenOccurrences;

    /// <summary>The page shows the mark to a visitor: in visible text, the title, or an image of it.</summary>
    public bool Shown => VisibleOccurrences > 0 || InTitle || InImageText || HasLogo;
}
