namespace BrandWatch.Api.Enforcement.Documents;

/// <summary>
/// The TrueType files a PDF draft is set in: a sans-serif family for the text, a monospace one for domains and
/// hashes, and a CJK face for the characters the others lack (a <c>.中国</c> name). Missing bold or italic faces are
/// simulated; a missing CJK face is only a problem for a draft that needs it.
/// </summary>
public sealed record DraftFontSet(string Sans, string? SansBold, string? SansItalic, string? SansBoldItalic, string Mono, string? MonoBold, string? Cjk);
