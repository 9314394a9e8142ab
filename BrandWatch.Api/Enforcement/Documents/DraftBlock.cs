namespace BrandWatch.Api.Enforcement.Documents;

/// <summary>
/// One block of a draft in reading order, flattened from the Markdown tree so that the PDF and DOCX writers share one
/// reading of it. A list item's first paragraph carries the item's <see cref="Marker"/> ("•" or "3."); its further
/// paragraphs have none but keep the item's <see cref="Depth"/>.
/// </summary>
public sealed record DraftBlock(DraftBlockKind Kind, IReadOnlyList<DraftSpan> Spans)
{
    /// <summary>The heading level (1 to 6); 0 for other blocks.</summary>
    public int Level { get; init; }

    /// <summary>How many lists the block is nested in (0 outside any list).</summary>
    public int Depth { get; init; }

    /// <summary>The list item's marker on its first paragraph: "•" for a bullet, "3." for the third of an ordered list.</summary>
    public string? Marker { get; init; }

    /// <summary>Identifies the list the item belongs to (DOCX numbers each ordered list on its own); 0 outside any list.</summary>
    public int ListId { get; init; }

    /// <summary>Whether the list is ordered, and the number its first item carries.</summary>
    public bool Ordered { get; init; }

    public int Start { get; init; } = 1;

    /// <summary>Whether the block is inside a block quote (the templates' warnings).</summary>
    public bool Quote { get; init; }

    /// <summary>The block's text without styles: what a reader of the PDF or DOCX sees.</summary>
    public string PlainText => string.Concat(Spans.Select(s => s.Text));
}
