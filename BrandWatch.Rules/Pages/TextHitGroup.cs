using AngleSharp.Dom;

namespace BrandWatch.Rules.Pages;

/// <summary>The occurrences of a mark in the direct text of one element.</summary>
internal sealed class TextHitGroup(IElement element, string snippet)
{
    public IElement Element { get; } = element;

    public string Snippet { get; } = snippet;

    public int Count { get; set; } = 1;
}
