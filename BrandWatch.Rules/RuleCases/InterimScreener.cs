using System.Globalization;
using System.Text;
using AnyAscii;
using BrandWatch.Rules.Marks;
using BrandWatch.Rules.Scoring.Configuration;
using BrandWatch.Rules.Screening;

namespace BrandWatch.Rules.RuleCases;

/// <summary>
/// A small, exhaustive screener for the few marks of one rule case: exact, hyphen, plural, homoglyph,
/// transliteration, across-the-dot, level-squat, edit distance 1–2 and combosquat (also combined with a typo).
/// It stands in for Screening's MarkIndex in the rule-case runner until that index is available.
/// </summary>
public sealed class InterimScreener : IDomainScreener
{
    private static readonly IdnMapping Idn = new();
    private static readonly Dictionary<char, char> Confusables = BuildConfusables();
    private static readonly string[] TwoLevelSecond = ["co", "com", "net", "org", "ac", "gov", "edu", "ne", "or"];
    private const string Keyboard = "qwertyuiop|asdfghjkl|zxcvbnm";
    private readonly IReadOnlyList<Mark> _marks;
    private readonly ScreeningRules _rules;
    private readonly Scoring.OrdinaryWords _words;

    public InterimScreener(IReadOnlyList<Mark> marks, ScreeningRules rules, Scoring.OrdinaryWords? words = null)
    {
        _marks = marks;
        _rules = rules;
        _words = words ?? Scoring.OrdinaryWords.English;
    }

    public IReadOnlyList<DomainMatch> Screen(string domain)
    {
        string ascii;
        string unicode;
        try
        {
            ascii = Idn.GetAscii(domain.Trim().TrimEnd('.')).ToLowerInvariant();
            unicode = Idn.GetUnicode(ascii);
        }
        catch (ArgumentException)
        {
            return [];
        }

        if (_rules.Exclusions.Contains(ascii))
        {
            return [];
        }

        var labels = unicode.Split('.');
        if (labels.Length < 2)
        {
            return [];
        }

        var suffixCount = labels.Length >= 3 && labels[^1].Length == 2 && TwoLevelSecond.Contains(labels[^2]) ? 2 : 1;
        var label = labels[labels.Length - suffixCount - 1];
        var suffix = string.Join(string.Empty, labels[(labels.Length - suffixCount)..]);
        var subdomains = labels[..(labels.Length - suffixCount - 1)];
        var matches = new List<DomainMatch>();
        foreach (var mark in _marks)
        {
            if (Covers(ascii, mark.OfficialDomains) || Covers(ascii, mark.AuthorisedDomains))
            {
                continue;
            }

            DomainMatch? best = null;
            foreach (var form in mark.Labels)
            {
                var candidate = MatchLabel(mark, form, label, suffix, subdomains, ascii, unicode);
                if (candidate is not null && (best is null || candidate.Similarity > best.Similarity))
                {
                    best = candidate;
                }
            }

            if (best is not null && best.Similarity >= _rules.MinSimilarity)
            {
                matches.Add(best);
            }
        }

        return matches;
    }

    private DomainMatch? MatchLabel(Mark mark, string form, string label, string suffix, string[] subdomains, string ascii, string unicode)
    {
        DomainMatch Make(MatchKind kind, double similarity, string explanation, IReadOnlyList<string>? added = null, bool insideWord = false) => new()
        {
            Domain = ascii,
            Unicode = unicode,
            Mark = mark.Id,
            Kind = kind,
            LabelForm = form,
            Similarity = Math.Round(similarity, 3),
            Explanation = explanation,
            AddedWords = added ?? [],
            InsideDictionaryWord = insideWord,
        };

        var isAsciiForm = form.All(char.IsAscii);
        if (label == form)
        {
            if (!isAsciiForm)
            {
                return Make(MatchKind.Transliteration, 0.9, $"the mark's listed form '{form}'");
            }

            var swap = mark.OfficialDomains.Any(d => d.Split('.')[0] == form);
            return Make(swap ? MatchKind.TldSwap : MatchKind.Identical, 1, swap ? $"'{form}' on another TLD" : $"'{form}' exactly");
        }

        if (!isAsciiForm)
        {
            return null;
        }

        foreach (var sub in subdomains)
        {
            if (sub == form || sub.Split('-').Contains(form))
            {
                return Make(MatchKind.LevelSquat, 0.8, $"'{form}' as the subdomain '{sub}'");
            }
        }

        var compact = label.Replace("-", string.Empty, StringComparison.Ordinal);
        if (compact == form)
        {
            return Make(MatchKind.Hyphenation, 0.95, $"'{form}' split by hyphens as '{label}'");
        }

        if (compact == form + "s" || compact == form + "es")
        {
            return Make(MatchKind.Plural, 0.92, $"plural of '{form}'");
        }

        if (!label.All(char.IsAscii))
        {
            if (Skeleton(label) == form)
            {
                return Make(MatchKind.Homoglyph, 0.95, $"'{label}' is confusable with '{form}'");
            }

            if (label.Transliterate().ToLowerInvariant().Replace("-", string.Empty, StringComparison.Ordinal) == form)
            {
                return Make(MatchKind.Transliteration, 0.9, $"'{label}' transliterates to '{form}'");
            }
        }
        else if (Skeleton(label) == form)
        {
            return Make(MatchKind.Homoglyph, 0.9, $"'{label}' looks like '{form}'");
        }

        if (suffix.Length >= 2 && label + suffix == form)
        {
            return Make(MatchKind.AcrossTheDot, 0.9, $"'{form}' spelt across the dot as '{label}.{suffix}'");
        }

        if (form.Length >= 4 && Typo(compact, form) is { } typo)
        {
            return Make(typo.Kind, 1 - ((double)typo.Distance / form.Length), typo.Explanation);
        }

        if (form.Length >= 3 && compact.Length > form.Length && compact.Contains(form, StringComparison.Ordinal))
        {
            var at = compact.IndexOf(form, StringComparison.Ordinal);
            var added = new List<string>();
            AddWords(label, form, compact[..at], added);
            AddWords(label, form, compact[(at + form.Length)..], added);
            var insideWord = mark.GenericWord && label.Split('-').Any(t => t != form && t.Contains(form, StringComparison.Ordinal) && _words.IsWord(t));
            return Make(MatchKind.Combosquat, 0.7 + (0.3 * form.Length / compact.Length), $"'{form}' with '{string.Join("', '", added)}'", added, insideWord);
        }

        foreach (var term in _rules.RiskyTerms)
        {
            foreach (var rest in new[] { compact.StartsWith(term, StringComparison.Ordinal) ? compact[term.Length..] : null, compact.EndsWith(term, StringComparison.Ordinal) ? compact[..^term.Length] : null })
            {
                if (rest is { Length: >= 4 } && form.Length >= 5 && Typo(rest, form) is { Distance: 1 } comboTypo)
                {
                    return Make(comboTypo.Kind, 0.95 * (1 - (1.0 / form.Length)), $"{comboTypo.Explanation}, with '{term}' added", [term]);
                }
            }
        }

        return null;
    }

    private static bool Covers(string host, IReadOnlyList<string> domains) => Scoring.ScoringContext.InList(host, domains);

    private static void AddWords(string label, string form, string part, List<string> added)
    {
        if (part.Length == 0)
        {
            return;
        }

        var tokens = label.Split('-').Where(t => t.Length > 0 && !t.Contains(form, StringComparison.Ordinal) && part.Contains(t, StringComparison.Ordinal)).ToList();
        if (tokens.Count > 0 && string.Concat(tokens) == part)
        {
            added.AddRange(tokens);
        }
        else
        {
            added.Add(part);
        }
    }

    private static (MatchKind Kind, int Distance, string Explanation)? Typo(string variant, string form)
    {
        var distance = Damerau(variant, form);
        if (distance == 0 || distance > 2 || (distance == 2 && form.Length < 6))
        {
            return null;
        }

        if (distance == 2)
        {
            return (MatchKind.EditDistance, 2, $"two edits from '{form}'");
        }

        if (variant.Length == form.Length - 1)
        {
            var i = FirstDifference(variant, form);
            return (MatchKind.Omission, 1, $"omitted '{form[i]}' at position {i + 1}");
        }

        if (variant.Length == form.Length + 1)
        {
            var i = FirstDifference(variant, form);
            var c = variant[i];
            if ((i > 0 && variant[i - 1] == c) || (i + 1 < variant.Length && variant[i + 1] == c))
            {
                return (MatchKind.Repetition, 1, $"repeated '{c}'");
            }

            return i == form.Length ? (MatchKind.Addition, 1, $"added '{c}' at the end") : (MatchKind.Insertion, 1, $"inserted '{c}' at position {i + 1}");
        }

        var at = FirstDifference(variant, form);
        if (at + 1 < form.Length && variant[at] == form[at + 1] && variant[at + 1] == form[at])
        {
            return (MatchKind.Transposition, 1, $"swapped '{form[at]}{form[at + 1]}'");
        }

        var (was, now) = (form[at], variant[at]);
        if ("aeiou".Contains(was) && "aeiou".Contains(now))
        {
            return (MatchKind.VowelSwap, 1, $"vowel '{was}' replaced with '{now}' at position {at + 1}");
        }

        if (Adjacent(was, now))
        {
            return (MatchKind.Replacement, 1, $"'{was}' replaced with the adjacent key '{now}' at position {at + 1}");
        }

        return BitOperationsPopCount(was ^ now) == 1
            ? (MatchKind.Bitsquatting, 1, $"'{was}' flipped by one bit to '{now}' at position {at + 1}")
            : (MatchKind.Replacement, 1, $"'{was}' replaced with '{now}' at position {at + 1}");
    }

    private static int BitOperationsPopCount(int value) => System.Numerics.BitOperations.PopCount((uint)value);

    private static bool Adjacent(char a, char b)
    {
        var rows = Keyboard.Split('|');
        for (var r = 0; r < rows.Length; r++)
        {
            var i = rows[r].IndexOf(a, StringComparison.Ordinal);
            if (i < 0)
            {
                continue;
            }

            for (var dr = -1; dr <= 1; dr++)
            {
                if (r + dr < 0 || r + dr >= rows.Length)
                {
                    continue;
                }

                var row = rows[r + dr];
                for (var di = -1; di <= 1; di++)
                {
                    if (i + di >= 0 && i + di < row.Length && row[i + di] == b && !(dr == 0 && di == 0))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    private static int FirstDifference(string a, string b)
    {
        var n = Math.Min(a.Length, b.Length);
        for (var i = 0; i < n; i++)
        {
            if (a[i] != b[i])
            {
                return i;
            }
        }

        return n;
    }

    private static int Damerau(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 2)
        {
            return 3;
        }

        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }

    private static string Skeleton(string label)
    {
        var decomposed = label.Normalize(NormalizationForm.FormKD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            builder.Append(Confusables.TryGetValue(c, out var mapped) ? mapped : char.ToLowerInvariant(c));
        }

        return builder.ToString().Replace("rn", "m", StringComparison.Ordinal).Replace("vv", "w", StringComparison.Ordinal);
    }

    private static Dictionary<char, char> BuildConfusables()
    {
        var map = new Dictionary<char, char>();
        void Add(string from, string to)
        {
            for (var i = 0; i < from.Length; i++)
            {
                map[from[i]] = to[i];
            }
        }

        Add("аеорсхуіјԁѕһԛԝ", "aeopcxyijdshqw");
        Add("οαντικρ", "oavtikp");
        Add("ᴀʙᴄᴅᴇɢʜɪᴊᴋʟᴍɴᴏᴘʀꜱᴛᴜᴠᴡʏᴢ", "abcdeghijklmnoprstuvwyz");
        Add("01", "ol");
        return map;
    }
}
