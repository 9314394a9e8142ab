namespace BrandWatch.Rules.Domains;

/// <summary>
/// The Public Suffix List (publicsuffix.org): normal, wildcard (<c>*.ck</c>) and exception (<c>!www.ck</c>) rules from
/// both the ICANN and the private section, held in ASCII (punycode) form. Immutable and thread-safe once parsed.
/// The shipped copy is <see cref="Default"/>; a host may pass newer text to <see cref="Parse"/>.
/// </summary>
public sealed class PublicSuffixList
{
    private static readonly Lazy<PublicSuffixList> Shipped = new(() => Parse(EmbeddedText.Read("public_suffix_list.dat")));
    // The list's own rules and lookups need the mapping only: no STD3, hyphen, bidi, joiner or length checks.
    private static readonly IdnaOptions Lenient = new()
    {
        CheckHyphens = false, CheckBidi = false, CheckJoiners = false, UseStd3AsciiRules = false, VerifyDnsLength = false,
    };

    private readonly HashSet<string> _rules;
    private readonly HashSet<string> _wildcards;
    private readonly HashSet<string> _exceptions;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _rulesLookup;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _wildcardsLookup;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _exceptionsLookup;

    // Every trailing part (whole labels) of every rule, with the kinds of rule it is itself: a name is read from its last
    // label leftwards, one lookup per label, and stops at the first part no rule ends with (most names: after the TLD).
    private readonly Dictionary<string, RuleKinds>.AlternateLookup<ReadOnlySpan<char>> _tails;

    [Flags]
    private enum RuleKinds : byte
    {
        None = 0,
        Rule = 1,
        Wildcard = 2,
        Exception = 4,
    }

    private PublicSuffixList(HashSet<string> rules, HashSet<string> wildcards, HashSet<string> exceptions, bool includesPrivate)
    {
        _rules = rules;
        _wildcards = wildcards;
        _exceptions = exceptions;
        _rulesLookup = rules.GetAlternateLookup<ReadOnlySpan<char>>();
        _wildcardsLookup = wildcards.GetAlternateLookup<ReadOnlySpan<char>>();
        _exceptionsLookup = exceptions.GetAlternateLookup<ReadOnlySpan<char>>();
        var tails = new Dictionary<string, RuleKinds>(StringComparer.Ordinal);
        foreach (var (set, kind) in new[] { (rules, RuleKinds.Rule), (wildcards, RuleKinds.Wildcard), (exceptions, RuleKinds.Exception) })
        {
            foreach (var rule in set)
            {
                tails[rule] = tails.GetValueOrDefault(rule) | kind;
                for (var dot = rule.IndexOf('.'); dot >= 0; dot = rule.IndexOf('.', dot + 1))
                {
                    tails.TryAdd(rule[(dot + 1)..], RuleKinds.None);
                }
            }
        }

        _tails = tails.GetAlternateLookup<ReadOnlySpan<char>>();
        IncludesPrivate = includesPrivate;
    }

    /// <summary>True when the list names <paramref name="tld"/> (lower-case ASCII) as a rule of its own: a delegated TLD, not the implicit '*'.</summary>
    public bool Lists(string tld) => _rules.Contains(tld);

    /// <summary>The copy of the list shipped in this assembly (see data/PROVENANCE.txt for its version).</summary>
    public static PublicSuffixList Default => Shipped.Value;

    /// <summary>Number of rules of all three kinds.</summary>
    public int RuleCount => _rules.Count + _wildcards.Count + _exceptions.Count;

    /// <summary>True when the private section (github.io, blogspot.com …) was read.</summary>
    public bool IncludesPrivate { get; }

    /// <summary>Parses the text of public_suffix_list.dat. Rules in Unicode are stored in their ASCII form.</summary>
    public static PublicSuffixList Parse(string text, bool includePrivate = true)
    {
        ArgumentNullException.ThrowIfNull(text);
        var rules = new HashSet<string>(StringComparer.Ordinal);
        var wildcards = new HashSet<string>(StringComparer.Ordinal);
        var exceptions = new HashSet<string>(StringComparer.Ordinal);
        var inPrivate = false;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.StartsWith("// ===BEGIN PRIVATE DOMAINS===", StringComparison.Ordinal))
            {
                inPrivate = true;
            }

            if (line.Length == 0 || line.StartsWith("//", StringComparison.Ordinal) || (inPrivate && !includePrivate))
            {
                continue;
            }

            // A rule ends at the first whitespace.
            var end = line.IndexOfAny([' ', '\t']);
            var rule = end < 0 ? line : line[..end];
            if (rule.StartsWith('!'))
            {
                exceptions.Add(ToAscii(rule[1..]));
            }
            else if (rule.StartsWith("*.", StringComparison.Ordinal))
            {
                wildcards.Add(ToAscii(rule[2..]));
            }
            else
            {
                rules.Add(ToAscii(rule));
            }
        }

        return new PublicSuffixList(rules, wildcards, exceptions, includePrivate);
    }

    /// <summary>
    /// The number of trailing labels of <paramref name="asciiDomain"/> (lower-case ASCII, no trailing dot) that form its
    /// public suffix. An unlisted TLD is its own suffix (the implicit <c>*</c> rule), so the result is at least 1.
    /// </summary>
    public int SuffixLabelCount(ReadOnlySpan<char> asciiDomain)
    {
        // The longest trailing part that is a rule decides (an exception before a wildcard before a normal rule, and a
        // wildcard only with a label left of it); the implicit '*' rule makes an unlisted TLD its own suffix.
        var result = 1;
        var labels = 0;
        var start = asciiDomain.Length;
        while (start > 0)
        {
            var dot = asciiDomain[..(start - 1)].LastIndexOf('.');
            start = dot + 1;
            labels++;
            if (!_tails.TryGetValue(asciiDomain[start..], out var kinds))
            {
                break;
            }

            if ((kinds & RuleKinds.Exception) != 0)
            {
                result = labels - 1;
            }
            else if ((kinds & RuleKinds.Wildcard) != 0 && start > 0)
            {
                result = labels + 1;
            }
            else if ((kinds & RuleKinds.Rule) != 0)
            {
                result = labels;
            }

            if (dot < 0)
            {
                break;
            }
        }

        return result;
    }

    /// <summary>The public suffix of a domain (Unicode or ASCII input), in ASCII; null for empty or malformed input.</summary>
    public string? GetPublicSuffix(string domain)
    {
        var ascii = Normalise(domain);
        if (ascii is null)
        {
            return null;
        }

        var count = Math.Min(SuffixLabelCount(ascii), ascii.Count('.') + 1);
        return LastLabels(ascii, count);
    }

    /// <summary>
    /// The registrable domain (the public suffix plus one label) in ASCII, or null when the input is itself a public
    /// suffix, empty or malformed (a leading dot, an empty label).
    /// </summary>
    public string? GetRegistrableDomain(string domain)
    {
        var ascii = Normalise(domain);
        if (ascii is null)
        {
            return null;
        }

        var suffixLabels = SuffixLabelCount(ascii);
        var labels = ascii.Count('.') + 1;
        return labels <= suffixLabels ? null : LastLabels(ascii, suffixLabels + 1);
    }

    internal static string LastLabels(string ascii, int count)
    {
        var index = ascii.Length;
        for (var i = 0; i < count; i++)
        {
            index = ascii.LastIndexOf('.', index - 1);
            if (index < 0)
            {
                return ascii;
            }
        }

        return ascii[(index + 1)..];
    }

    private static string? Normalise(string? domain)
    {
        if (string.IsNullOrEmpty(domain) || domain.StartsWith('.') || domain.Contains("..", StringComparison.Ordinal))
        {
            return null;
        }

        var result = Uts46.ToAscii(domain.TrimEnd('.'), Lenient);
        return result.Success ? result.Value : null;
    }

    private static string ToAscii(string rule)
    {
        var lower = rule.ToLowerInvariant();
        foreach (var c in lower)
        {
            if (c > 0x7F)
            {
                return Uts46.ToAscii(lower, Lenient).Value;
            }
        }

        return lower;
    }
}
