namespace BrandWatch.Rules.CertificateTransparency;

/// <summary>A decoded entry, or why the bytes are not one (a corrupt entry is a value, never an exception).</summary>
public readonly record struct CtParseResult(CtEntry? Entry, string? Error)
{
    public static CtParseResult Fail(string error) => new(null, error);
}
