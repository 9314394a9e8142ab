namespace BrandWatch.Rules.Domains;

/// <summary>A validated domain name in both its ASCII (punycode) and Unicode forms, split by the Public Suffix List.</summary>
public sealed record DomainName
{
    private const int MaxLength = 253;
    private const int MaxLabelLength = 63;

    // Where the registrable domain and the public suffix start in Ascii. The parts are cut from Ascii when first read:
    // screening a name reads them only when it reports a match, so parsing allocates the name alone.
    private readonly int _registrableStart = -1;
    private readonly int _suffixStart = -1;
    private string? _subdomain;
    private string? _registrableLabel;
    private string? _publicSuffix;
    private string? _registrableDomain;

    /// <summary>Lower-case ASCII form (xn-- labels for IDNs), without a trailing dot.</summary>
    public required string Ascii { get; init; }

    /// <summary>Unicode form (IDNA ToUnicode).</summary>
    public required string Unicode { get; init; }

    /// <summary>The labels left of the registrable domain, ASCII, dot-separated; empty when there are none.</summary>
    public string Subdomain
    {
        get => _subdomain ??= _registrableStart > 0 ? Ascii[..(_registrableStart - 1)] : string.Empty;
        init => _subdomain = value;
    }

    /// <summary>The label just left of the public suffix (<c>paypal</c> in <c>www.paypal.co.uk</c>), ASCII.</summary>
    public string RegistrableLabel
    {
        get => _registrableLabel ??= _registrableStart >= 0 ? Ascii[_registrableStart..(_suffixStart - 1)] : string.Empty;
        init => _registrableLabel = value;
    }

    /// <summary>The public suffix by the Public Suffix List (<c>co.uk</c>), ASCII.</summary>
    public string PublicSuffix
    {
        get => _publicSuffix ??= _suffixStart >= 0 ? Ascii[_suffixStart..] : string.Empty;
        init => _publicSuffix = value;
    }

    /// <summary>The registrable label plus the public suffix (<c>paypal.co.uk</c>), ASCII.</summary>
    public string RegistrableDomain
    {
        get => _registrableDomain ??= _registrableStart >= 0 ? Ascii[_registrableStart..] : string.Empty;
        init => _registrableDomain = value;
    }

    /// <summary>The public suffix without allocating (<see cref="PublicSuffix"/>).</summary>
    internal ReadOnlySpan<char> PublicSuffixSpan => _publicSuffix ?? (_suffixStart >= 0 ? Ascii.AsSpan(_suffixStart) : []);

    /// <summary>The number of labels of the public suffix.</summary>
    public int SuffixLabelCount { get; init; } = 1;

    /// <summary>The registrable label in Unicode (<c>заландо</c> for <c>xn--80aaxgdbgj</c>).</summary>
    public string UnicodeRegistrableLabel => UnicodeLabel(LabelCount - SuffixLabelCount - 1);

    /// <summary>All labels, left to right.</summary>
    public int LabelCount => Ascii.Count('.') + 1;

    /// <summary>The Unicode form of the label at <paramref name="index"/> (0 is the leftmost).</summary>
    public string UnicodeLabel(int index) => Label(Unicode, index);

    /// <summary>The ASCII form of the label at <paramref name="index"/> (0 is the leftmost).</summary>
    public string AsciiLabel(int index) => Label(Ascii, index);

    /// <summary>Parses with the shipped Public Suffix List.</summary>
    public static DomainParseResult Parse(string input) => Parse(input, PublicSuffixList.Default);

    /// <summary>
    /// Lower-cases, maps with UTS #46 both ways and splits by <paramref name="suffixes"/>. Fails with a reason naming the
    /// offending label: empty, too long, bad hyphens, invalid punycode, a character IDNA disallows, or a bare suffix.
    /// </summary>
    public static DomainParseResult Parse(string input, PublicSuffixList suffixes)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(suffixes);
        var text = input.Trim();
        if (text.EndsWith('.'))
        {
            text = text[..^1];
        }

        if (text.Length == 0)
        {
            return DomainParseResult.Fail("empty");
        }

        var mappingError = MapBothWays(text, out var ascii, out var unicode);
        if (mappingError is not null)
        {
            return DomainParseResult.Fail(mappingError);
        }

        if (ascii.Length > MaxLength)
        {
            return DomainParseResult.Fail($"longer than {MaxLength} characters in ASCII form ({ascii.Length})");
        }

        var labelCount = ascii.Count('.') + 1;
        if (labelCount < 2)
        {
            return DomainParseResult.Fail("has no dot: a registrable domain needs a label and a suffix");
        }

        var suffixCount = suffixes.SuffixLabelCount(ascii);
        if (suffixCount >= labelCount)
        {
            return DomainParseResult.Fail($"'{ascii}' is a public suffix itself, not a registrable domain");
        }

        return new DomainParseResult(
            new DomainName(StartOfLastLabels(ascii, suffixCount + 1), StartOfLastLabels(ascii, suffixCount))
            {
                Ascii = ascii,
                Unicode = unicode,
                SuffixLabelCount = suffixCount,
            },
            null);
    }

    [System.Diagnostics.CodeAnalysis.SetsRequiredMembers]
    private DomainName(int registrableStart, int suffixStart)
    {
        _registrableStart = registrableStart;
        _suffixStart = suffixStart;
        Ascii = string.Empty;
        Unicode = string.Empty;
    }

    /// <summary>Equal names have the same ASCII and Unicode forms and the same parts (however they were read).</summary>
    public bool Equals(DomainName? other) =>
        other is not null && Ascii == other.Ascii && Unicode == other.Unicode && SuffixLabelCount == other.SuffixLabelCount
        && Subdomain == other.Subdomain && RegistrableLabel == other.RegistrableLabel && PublicSuffix == other.PublicSuffix
        && RegistrableDomain == other.RegistrableDomain;

    public override int GetHashCode() => HashCode.Combine(Ascii, Unicode, SuffixLabelCount);

    // Where the last count labels start (the whole name when it has no more).
    private static int StartOfLastLabels(string ascii, int count)
    {
        var index = ascii.Length;
        for (var i = 0; i < count; i++)
        {
            index = ascii.LastIndexOf('.', index - 1);
            if (index < 0)
            {
                return 0;
            }
        }

        return index + 1;
    }

    /// <summary>UTS #46 ToASCII and ToUnicode of a whole name; the reason when it fails. No suffix or length checks.</summary>
    internal static string? MapBothWays(string text, out string ascii, out string unicode)
    {
        if (IsPlainAscii(text))
        {
            ascii = text.ToLowerInvariant();
            unicode = ascii;
            return CheckAsciiLabels(ascii);
        }

        var error = Uts46.ToAsciiAndUnicode(text, IdnaOptions.Registration, out ascii, out unicode);
        if (error is not null)
        {
            ascii = string.Empty;
            unicode = string.Empty;
            return error.Reason;
        }

        return CheckAsciiLabels(ascii);
    }

    private static string Label(string domain, int index)
    {
        var start = 0;
        for (var i = 0; i < index; i++)
        {
            start = domain.IndexOf('.', start) + 1;
        }

        var end = domain.IndexOf('.', start);
        return end < 0 ? domain[start..] : domain[start..end];
    }

    // Letters, digits, hyphens and dots only, and no punycode label: the common case, where UTS #46 reduces to lower-casing
    // and the hyphen and length checks below.
    private static bool IsPlainAscii(string text)
    {
        foreach (var c in text)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c == '-' || c == '.'))
            {
                return false;
            }
        }

        return !text.Contains("xn--", StringComparison.OrdinalIgnoreCase);
    }

    private static string? CheckAsciiLabels(string ascii)
    {
        var index = 0;
        foreach (var range in ascii.AsSpan().Split('.'))
        {
            index++;
            var label = ascii.AsSpan(range);
            if (label.Length == 0)
            {
                return $"label {index} is empty";
            }

            if (label.Length > MaxLabelLength)
            {
                return $"label {index} is longer than {MaxLabelLength} characters in ASCII form ({label.Length})";
            }

            if (label[0] == '-' || label[^1] == '-')
            {
                return $"label '{label}' starts or ends with a hyphen";
            }

            if (label.Length >= 4 && label[2] == '-' && label[3] == '-' && !label.StartsWith("xn--", StringComparison.Ordinal))
            {
                return $"label '{label}' has hyphens in the third and fourth positions but is not an xn-- label";
            }
        }

        return null;
    }
}
