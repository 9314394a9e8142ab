namespace BrandWatch.Rules.Domains;

/// <summary>A validated domain name in both its ASCII (punycode) and Unicode forms, split by the Public Suffix List.</summary>
public sealed record DomainName
{
    private const int MaxLength = 253;
    private const int MaxLabelLength = 63;

    // Where the registrable domain and the public suffix start in Ascii. The parts are cut from Ascii when first read:
    // screening a name reads them only when it reports a match, so parsing allocates the name alone. Not readonly:
    // screening reuses one instance per thread for the names it parses itself (ParseInto), and nothing else writes them.
    private int _registrableStart = -1;
    private int _suffixStart = -1;
    private string _ascii = string.Empty;
    private string _unicode = string.Empty;
    private int _labelCount = 1;
    private int _suffixLabelCount = 1;
    private string? _subdomain;
    private string? _registrableLabel;
    private string? _publicSuffix;
    private string? _registrableDomain;

    /// <summary>Lower-case ASCII form (xn-- labels for IDNs), without a trailing dot.</summary>
    public required string Ascii
    {
        get => _ascii;
        init => (_ascii, _labelCount) = (value, value.Count('.') + 1);
    }

    /// <summary>Unicode form (IDNA ToUnicode).</summary>
    public required string Unicode
    {
        get => _unicode;
        init => _unicode = value;
    }

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
    public int SuffixLabelCount
    {
        get => _suffixLabelCount;
        init => _suffixLabelCount = value;
    }

    /// <summary>The registrable label in Unicode (<c>заландо</c> for <c>xn--80aaxgdbgj</c>).</summary>
    public string UnicodeRegistrableLabel => UnicodeLabel(LabelCount - SuffixLabelCount - 1);

    /// <summary>All labels, left to right.</summary>
    public int LabelCount => _labelCount;

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
        var error = Read(input, suffixes, out var ascii, out var unicode, out var suffixCount);
        if (error is not null)
        {
            return DomainParseResult.Fail(error);
        }

        var name = new DomainName();
        name.Set(ascii, unicode, suffixCount);
        return new DomainParseResult(name, null);
    }

    /// <summary>
    /// Parses into <paramref name="target"/>, an instance its caller owns and reuses (screening's miss path parses a
    /// name per candidate and keeps none): true when the input is a domain name; the target is unchanged otherwise.
    /// </summary>
    internal static bool ParseInto(string input, PublicSuffixList suffixes, DomainName target)
    {
        if (Read(input, suffixes, out var ascii, out var unicode, out var suffixCount) is not null)
        {
            return false;
        }

        target.Set(ascii, unicode, suffixCount);
        return true;
    }

    /// <summary>An empty instance for <see cref="ParseInto"/>.</summary>
    internal static DomainName CreateReusable() => new();

    // The one parser behind Parse and ParseInto: the reason when the input is no domain name.
    private static string? Read(string input, PublicSuffixList suffixes, out string ascii, out string unicode, out int suffixCount)
    {
        suffixCount = 0;
        var text = input.Trim();
        if (text.EndsWith('.'))
        {
            text = text[..^1];
        }

        if (text.Length == 0)
        {
            (ascii, unicode) = (string.Empty, string.Empty);
            return "empty";
        }

        var mappingError = MapBothWays(text, out ascii, out unicode);
        if (mappingError is not null)
        {
            return mappingError;
        }

        if (ascii.Length > MaxLength)
        {
            return $"longer than {MaxLength} characters in ASCII form ({ascii.Length})";
        }

        var labelCount = ascii.Count('.') + 1;
        if (labelCount < 2)
        {
            return "has no dot: a registrable domain needs a label and a suffix";
        }

        suffixCount = suffixes.SuffixLabelCount(ascii);
        if (suffixCount >= labelCount)
        {
            return $"'{ascii}' is a public suffix itself, not a registrable domain";
        }

        return null;
    }

    private void Set(string ascii, string unicode, int suffixCount)
    {
        _ascii = ascii;
        _unicode = unicode;
        _labelCount = ascii.Count('.') + 1;
        _suffixLabelCount = suffixCount;
        _registrableStart = StartOfLastLabels(ascii, suffixCount + 1);
        _suffixStart = StartOfLastLabels(ascii, suffixCount);
        _subdomain = null;
        _registrableLabel = null;
        _publicSuffix = null;
        _registrableDomain = null;
    }

    [System.Diagnostics.CodeAnalysis.SetsRequiredMembers]
    private DomainName()
    {
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
