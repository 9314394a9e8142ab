using System.Text;
using AngleSharp.Dom;

namespace BrandWatch.Rules.Pages;

/// <summary>The text of one block-level element (a paragraph, a list item, a footer), inline children included.</summary>
internal sealed class TextBlock(IElement element, int order)
{
    public const int MaxChars = 4000;

    public IElement Element { get; } = element;

    /// <summary>Position of the block in document order.</summary>
    public int Order { get; } = order;

    public StringBuilder Text { get; } = new();

    /// <summary>Words of all the block's text (not only the part kept in <see cref="Text"/>).</summary>
    public int Words { get; set; }

    /// <summary>The block's text folded once for all the phrase lists.</summary>
    public string Folded => _folded ??= TextFolder.Fold(Text.ToString());

    private string? _folded;

    public void Append(string text)
    {
        if (Text.Length >= MaxChars)
        {
            return;
        }

        if (Text.Length > 0)
        {
            Text.Append(' ');
        }

        Text.Append(text.AsSpan(0, Math.Min(text.Length, MaxChars - Text.Length)));
    }
}
