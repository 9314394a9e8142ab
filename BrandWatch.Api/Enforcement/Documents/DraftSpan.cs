namespace BrandWatch.Api.Enforcement.Documents;

/// <summary>
/// A stretch of a draft's text in one style. <c>Code</c> is Markdown's inline code (domains, hashes), set in a
/// monospace font; a line break is a span whose text is <c>"\n"</c>.
/// </summary>
public sealed record DraftSpan(string Text, bool Bold = false, bool Italic = false, bool Code = false, string? Link = null)
{
    public bool IsLineBreak => Text == "\n";
}
