using System.Globalization;

namespace BrandWatch.Rules.Domains;

/// <summary>A validated domain name in both its ASCII (punycode) and Unicode forms.</summary>
public sealed record DomainName
{
    private static readonly IdnMapping Idn = new() { UseStd3AsciiRules = true, AllowUnassigned = false };

    /// <summary>Lower-case ASCII form (xn-- labels for IDNs), without a trailing dot.</summary>
    public required string Ascii { get; init; }

    /// <summary>Unicode form (IDNA ToUnicode).</summary>
    public required string Unicode { get; init; }

    public static DomainParseResult Parse(string input)
    {
        var text = input.Trim().TrimEnd('.');
        if (text.Length == 0)
        {
            return DomainParseResult.Fail("empty");
        }

        string ascii;
        string unicode;
        try
        {
            ascii = Idn.GetAscii(text).ToLowerInvariant();
            unicode = Idn.GetUnicode(ascii);
        }
        catch (ArgumentException ex)
        {
            return DomainParseResult.Fail($"not a valid IDNA domain name: {ex.Message}");
        }

        if (ascii.Length > 253)
        {
            return DomainParseResult.Fail($"longer than 253 characters in ASCII form ({ascii.Length})");
        }

        if (!ascii.Contains('.', StringComparison.Ordinal))
        {
            return DomainParseResult.Fail("has no dot: a registrable domain needs a label and a suffix");
        }

        return new DomainParseResult(new DomainName { Ascii = ascii, Unicode = unicode }, null);
    }
}
