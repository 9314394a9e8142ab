using BrandWatch.Rules.Domains;

namespace BrandWatch.Rules.Confusables;

/// <summary>
/// Script and Script_Extensions of each code point (UCD <c>Scripts.txt</c>, <c>ScriptExtensions.txt</c>) as the augmented
/// script sets of UTS #39 §5.1, and the UTS #39 identifier status (<c>IdentifierStatus.txt</c>). .NET exposes neither.
/// </summary>
public sealed class UnicodeScripts
{
    private static readonly Lazy<UnicodeScripts> Shipped = new(() => new UnicodeScripts(
        EmbeddedText.Read("ucd.PropertyValueAliases.txt"),
        EmbeddedText.Read("ucd.Scripts.txt"),
        EmbeddedText.Read("ucd.ScriptExtensions.txt"),
        EmbeddedText.Read("IdentifierStatus.txt")));

    private readonly Dictionary<string, int> numbers = new(StringComparer.Ordinal);
    private readonly List<string> codes = [];
    private readonly List<string> names = [];
    private readonly UcdRangeTable scripts;
    private readonly UcdRangeTable extensions;
    private readonly UcdRangeTable allowed;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, ScriptSet> setsByValue = new(StringComparer.Ordinal);
    private readonly int common;
    private readonly int inherited;
    private readonly int unknown;

    private UnicodeScripts(string aliases, string scriptsText, string extensionsText, string identifierStatus)
    {
        foreach (var line in aliases.Split('\n'))
        {
            if (!line.StartsWith("sc ", StringComparison.Ordinal))
            {
                continue;
            }

            var fields = line.Split('#')[0].Split(';', StringSplitOptions.TrimEntries);
            Add(fields[1], fields[2]);
        }

        // UTS #39 §5.1 adds the writing systems that combine Han with other scripts.
        Add("Hanb", "Han_with_Bopomofo");
        Add("Jpan", "Japanese");
        Add("Kore", "Korean");
        common = numbers["Zyyy"];
        inherited = numbers["Zinh"];
        unknown = numbers["Zzzz"];
        scripts = UcdRangeTable.Parse(scriptsText);
        extensions = UcdRangeTable.Parse(extensionsText, keep: value => !value.StartsWith('<'));
        allowed = UcdRangeTable.Parse(identifierStatus, keep: value => value == "Allowed");
        Latin = numbers["Latn"];
        Greek = numbers["Grek"];
        Cyrillic = numbers["Cyrl"];
        Han = numbers["Hani"];
        Hiragana = numbers["Hira"];
        Katakana = numbers["Kana"];
        Bopomofo = numbers["Bopo"];
        Hangul = numbers["Hang"];
    }

    /// <summary>The data shipped in <c>data/</c>.</summary>
    public static UnicodeScripts Default => Shipped.Value;

    public int Latin { get; }

    public int Greek { get; }

    public int Cyrillic { get; }

    public int Han { get; }

    public int Hiragana { get; }

    public int Katakana { get; }

    public int Bopomofo { get; }

    public int Hangul { get; }

    /// <summary>The script number of an ISO 15924 code (<c>Latn</c>) or UCD name (<c>Latin</c>); -1 when unknown.</summary>
    public int Number(string codeOrName) => numbers.TryGetValue(codeOrName, out var number) ? number : -1;

    /// <summary>The UCD name of a script number (<c>Cyrillic</c>).</summary>
    public string Name(int script) => names[script].Replace('_', ' ');

    /// <summary>The augmented script set of one code point (UTS #39 §5.1): Common and Inherited count as every script.</summary>
    public ScriptSet AugmentedSet(int codePoint)
    {
        var value = extensions.Lookup(codePoint) ?? scripts.Lookup(codePoint) ?? "Unknown";
        return setsByValue.GetOrAdd(value, Augment);
    }

    /// <summary>Whether UTS #39 gives <paramref name="codePoint"/> identifier status Allowed.</summary>
    public bool IsAllowed(int codePoint) => allowed.Lookup(codePoint) is not null;

    /// <summary>The named scripts in a set, for explanations (<c>Latin, Cyrillic</c>); the Han combinations left out.</summary>
    public string Describe(ScriptSet set)
    {
        if (set.IsAll)
        {
            return "any script";
        }

        return string.Join(", ", set.Scripts().Where(s => s < names.Count && codes[s] is not ("Hanb" or "Jpan" or "Kore")).Select(Name));
    }

    private void Add(string code, string name)
    {
        numbers[code] = codes.Count;
        numbers[name] = codes.Count;
        codes.Add(code);
        names.Add(name);
    }

    private ScriptSet Augment(string value)
    {
        var set = default(ScriptSet);
        foreach (var part in value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!numbers.TryGetValue(part, out var number))
            {
                number = unknown;
            }

            if (number == common || number == inherited)
            {
                return ScriptSet.All;
            }

            set = set.Union(ScriptSet.Of(number));
        }

        if (set.Contains(Han))
        {
            set = set.Union(ScriptSet.Of(numbers["Hanb"])).Union(ScriptSet.Of(numbers["Jpan"])).Union(ScriptSet.Of(numbers["Kore"]));
        }

        if (set.Contains(Hiragana) || set.Contains(Katakana))
        {
            set = set.Union(ScriptSet.Of(numbers["Jpan"]));
        }

        if (set.Contains(Hangul))
        {
            set = set.Union(ScriptSet.Of(numbers["Kore"]));
        }

        if (set.Contains(Bopomofo))
        {
            set = set.Union(ScriptSet.Of(numbers["Hanb"]));
        }

        return set;
    }
}
