using AngleSharp.Dom;

namespace BrandWatch.Rules.Pages;

/// <summary>A block-level element (a paragraph, a list item, a footer) whose text, inline children included, is read as one.</summary>
internal sealed class TextBlock(IElement element, int order)
{
    public IElement Element { get; } = element;

    /// <summary>Position of the block in document order.</summary>
    public int Order { get; } = order;

    /// <summary>Words of the block's own text.</summary>
    public int Words { get; set; }

    /// <summary>Ids of the signal phrases (<see cref="AnalyzerTables.Signals"/>) found in the block, set after the walk.</summary>
    public List<int> Signals { get; } = [];
}
