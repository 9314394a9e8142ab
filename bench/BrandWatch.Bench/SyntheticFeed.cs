using BrandWatch.Rules.Marks;

namespace BrandWatch.Bench;

/// <summary>
/// Deterministic synthetic data for the screening benchmark: coined marks, unrelated registrations built from real
/// words, and planted squats of every kind against known marks.
/// </summary>
internal sealed class SyntheticFeed(int seed, IReadOnlyList<string> words, IReadOnlyList<string> tlds)
{
    private static readonly string[] Onsets = ["b", "c", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "cr", "dr", "fl", "gr", "kr", "pl", "qu", "st", "tr", "vr", "x"];
    private static readonly string[] Vowels = ["a", "e", "i", "o", "u", "ea", "io", "ou", "y"];
    private static readonly string[] Codas = ["", "", "", "n", "r", "x", "s", "l", "m", "nt", "rk", "v"];
    private static readonly string[] Corporate = [" Group", " Holdings", " GmbH", " S.A.", " Inc", " Ltd"];
    private static readonly string[] Risky = ["login", "secure", "verify", "account", "support", "official", "help", "update", "billing", "wallet"];
    private static readonly string[] Plain = ["shop", "store", "online", "deals", "outlet", "news", "world", "club", "sale", "app"];
    private static readonly Dictionary<char, string> Cyrillic = new() { ['a'] = "а", ['e'] = "е", ['o'] = "о", ['p'] = "р", ['c'] = "с", ['x'] = "х", ['y'] = "у" };
    private const string Keyboard = "qwertyuiop|asdfghjkl|zxcvbnm";

    private readonly Random _random = new(seed);

    /// <summary>The kinds of planted squat, in the order they are cycled through.</summary>
    public static IReadOnlyList<string> PlantKinds { get; } =
    [
        "tld-swap", "omission", "insertion", "repetition", "transposition", "replacement", "vowel-swap", "addition",
        "bitsquatting", "hyphenation", "plural", "homoglyph-ascii", "homoglyph-idn", "combosquat", "typo-in-combo",
        "level-squat", "across-the-dot", "tld-glued", "spread-across-labels",
    ];

    /// <summary>The planted kinds that make a typo or a look-alike of the whole label, one edit from it.</summary>
    public static IReadOnlySet<string> OneEditKinds { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "omission", "insertion", "repetition", "transposition", "replacement", "vowel-swap", "addition", "bitsquatting",
        "homoglyph-ascii",
    };

    /// <summary>
    /// A squat of <paramref name="mark"/>'s <paramref name="label"/>, as <see cref="Plant"/> makes it, on the TLD the
    /// screening rules ask of it: one edit changes a fifth or more of a label of six letters or fewer, and ordinary
    /// names sit one edit from such marks, so a one-edit typo of one is a squat by name only with more evidence
    /// (docs/screening.md, "Look-alikes need more than one edit's evidence"). Such a typo is planted on the mark's own
    /// TLD, where squatters register most of them, unless it carries evidence of its own: a doubled letter, a digit, or
    /// a well-known mark of five or six letters. With <paramref name="anyTld"/> every squat keeps the TLD drawn for it
    /// (the planting before 2026-12-03).
    /// </summary>
    public string? Plant(Mark mark, string label, string kind, bool anyTld)
    {
        var squat = Plant(label, kind);
        if (anyTld || squat is null || !OneEditKinds.Contains(kind) || kind == "repetition" || label.Length > 6
            || (mark.WellKnown && label.Length > 4))
        {
            return squat;
        }

        var dot = squat.IndexOf('.', StringComparison.Ordinal);
        if (squat.AsSpan(0, dot).ContainsAnyInRange('0', '9'))
        {
            return squat; // reads as the mark (digits for letters)
        }

        var official = mark.OfficialDomains.FirstOrDefault(d => d.Contains('.', StringComparison.Ordinal));
        return official is null ? null : squat[..(dot + 1)] + official[(official.IndexOf('.', StringComparison.Ordinal) + 1)..];
    }

    /// <summary>Coined marks ("Vorlexa Group"), unique, none a dictionary word.</summary>
    public List<Mark> Marks(int count, ISet<string> taken)
    {
        var marks = new List<Mark>(count);
        var dictionary = words.ToHashSet(StringComparer.Ordinal);
        while (marks.Count < count)
        {
            var syllables = _random.Next(2, 4);
            var coined = string.Concat(Enumerable.Range(0, syllables).Select(_ => Pick(Onsets) + Pick(Vowels) + Pick(Codas)));
            if (coined.Length is < 5 or > 13 || dictionary.Contains(coined) || !taken.Add(coined))
            {
                continue;
            }

            var name = char.ToUpperInvariant(coined[0]) + coined[1..] + (_random.NextDouble() < 0.15 ? Pick(Corporate) : string.Empty);
            marks.Add(new Mark
            {
                Id = "syn-" + coined,
                Name = name,
                Labels = MarkLabels.Derive(name, null),
                OfficialDomains = [coined + ".com"],
                WellKnown = _random.NextDouble() < 0.3,
            });
        }

        return marks;
    }

    /// <summary>An unrelated registration: one to three dictionary words, sometimes digits or a hyphen, on a common TLD.</summary>
    public string Unrelated()
    {
        var parts = Enumerable.Range(0, _random.Next(1, 4)).Select(_ => Pick(words)).ToList();
        var label = string.Join(_random.NextDouble() < 0.15 ? "-" : string.Empty, parts);
        if (_random.NextDouble() < 0.1)
        {
            label += _random.Next(1, 999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return label.Length > 60 ? label[..60].TrimEnd('-') + "." + Pick(tlds) : label + "." + Pick(tlds);
    }

    /// <summary>A squat of <paramref name="label"/> of the given kind, or null when the kind does not apply to it.</summary>
    public string? Plant(string label, string kind)
    {
        var n = label.Length;
        var i = _random.Next(1, Math.Max(2, n - 1));
        var tld = Pick(tlds);
        string? squat = kind switch
        {
            "tld-swap" => label + "." + (tld == "com" ? "net" : tld),
            "omission" when n >= 5 => Dot(label.Remove(i, 1)),
            "insertion" when n >= 4 => Dot(label.Insert(i, Neighbour(label[i]).ToString())),
            "repetition" when n >= 4 => Dot(label.Insert(i, label[i].ToString())),
            "transposition" when n >= 4 && label[i] != label[i - 1] => Dot(label[..(i - 1)] + label[i] + label[i - 1] + label[(i + 1)..]),
            "replacement" when n >= 4 => Dot(label[..i] + Neighbour(label[i]) + label[(i + 1)..]),
            "vowel-swap" when n >= 4 && label.IndexOfAny(['a', 'e', 'i', 'o', 'u']) is var v && v >= 0 => Dot(label[..v] + SwapVowel(label[v]) + label[(v + 1)..]),
            "addition" when n >= 4 => Dot(label + (char)('a' + _random.Next(26))),
            "bitsquatting" when n >= 4 => Bitsquat(label, i),
            "hyphenation" when n >= 4 => Dot(label.Insert(i, "-")),
            "plural" when n >= 4 => Dot(label + "s"),
            "homoglyph-ascii" => AsciiGlyph(label),
            "homoglyph-idn" => CyrillicGlyph(label),
            "combosquat" => Dot(_random.NextDouble() < 0.5 ? label + Hyphen() + Pick(_random.NextDouble() < 0.5 ? Risky : Plain) : Pick(Risky) + Hyphen() + label),
            "typo-in-combo" when n >= 6 => Dot(label.Remove(i, 1) + "-" + Pick(Risky)),
            "level-squat" => $"{label}.com.{Pick(Risky)}-{Pick(words)}.{Pick(tlds)}",
            "across-the-dot" when n >= 5 && tlds.Contains(label[^2..]) => $"{label[..^2]}.{label[^2..]}",
            "tld-glued" => Dot(label + (_random.NextDouble() < 0.5 ? "com" : "-com")),
            "spread-across-labels" when n >= 6 => $"{label[..i]}.{label[i..]}-{Pick(Risky)}.{Pick(tlds)}",
            _ => null,
        };
        return squat is not null && !squat.StartsWith(label + ".com", StringComparison.Ordinal) ? squat : null;

        string Dot(string l) => l + "." + tld;
    }

    public T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    private string Hyphen() => _random.NextDouble() < 0.5 ? "-" : string.Empty;

    private char Neighbour(char c)
    {
        var index = Keyboard.IndexOf(c, StringComparison.Ordinal);
        if (index < 0)
        {
            return 'x';
        }

        var left = index > 0 && Keyboard[index - 1] != '|' ? Keyboard[index - 1] : Keyboard[index + 1];
        var right = index + 1 < Keyboard.Length && Keyboard[index + 1] != '|' ? Keyboard[index + 1] : left;
        return _random.NextDouble() < 0.5 ? left : right;
    }

    private char SwapVowel(char v)
    {
        const string vowels = "aeiou";
        var other = vowels.Replace(v.ToString(), string.Empty, StringComparison.Ordinal);
        return other[_random.Next(other.Length)];
    }

    private string? Bitsquat(string label, int i)
    {
        for (var attempt = 0; attempt < 8; attempt++)
        {
            var flipped = (char)(label[i] ^ (1 << _random.Next(7)));
            if (flipped is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                return label[..i] + flipped + label[(i + 1)..] + "." + Pick(tlds);
            }
        }

        return null;
    }

    private string? AsciiGlyph(string label)
    {
        (string From, string To)[] swaps = [("l", "1"), ("o", "0"), ("m", "rn"), ("w", "vv"), ("d", "cl"), ("i", "1"), ("l", "i")];
        var usable = swaps.Where(s => label.Contains(s.From, StringComparison.Ordinal)).ToList();
        if (usable.Count == 0)
        {
            return null;
        }

        var (from, to) = Pick(usable);
        var at = label.IndexOf(from, StringComparison.Ordinal);
        return label[..at] + to + label[(at + from.Length)..] + "." + Pick(tlds);
    }

    private string? CyrillicGlyph(string label)
    {
        var positions = Enumerable.Range(0, label.Length).Where(p => Cyrillic.ContainsKey(label[p])).ToList();
        if (positions.Count == 0)
        {
            return null;
        }

        var at = Pick(positions);
        var unicode = label[..at] + Cyrillic[label[at]] + label[(at + 1)..] + "." + Pick(tlds);
        return new System.Globalization.IdnMapping().GetAscii(unicode);
    }
}
