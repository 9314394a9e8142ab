using AngleSharp.Dom;

namespace BrandWatch.Rules.Pages;

/// <summary>A block-level element met during the walk; its <see cref="TextBlock"/> is made when its first text is read.</summary>
internal sealed class BlockSlot(IElement element)
{
    public IElement Element { get; } = element;

    public TextBlock? Block { get; set; }
}
