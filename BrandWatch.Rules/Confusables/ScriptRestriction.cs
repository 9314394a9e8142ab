using System.Globalization;
using System.Text;

namespace BrandWatch.Rules.Confusables;

/// <summary>
/// UTS #39 §5 mixed-script detection and restriction levels of a Unicode label, for homoglyph matches to cite: a
/// look-alike that mixes Latin with Cyrillic or Greek (minimally restrictive) is the classic spoof, while a label in one
/// script, or Latin with Han and kana, is how real names in those languages are written.
/// </summary>
public static class ScriptRestriction
{
    /// <summary>Assesses <paramref name="label"/> (Unicode form, e.g. <see cref="Domains.DomainName.UnicodeRegistrableLabel"/>).</summary>
    public static ScriptAssessment Assess(string label) => Assess(label, UnicodeScripts.Default);

    public static ScriptAssessment Assess(string label, UnicodeScripts data)
    {
        ArgumentNullException.ThrowIfNull(label);
        ArgumentNullException.ThrowIfNull(data);
        var resolved = ScriptSet.All;
        var used = default(ScriptSet);
        var samples = new List<(int Script, Rune Rune)>();
        Rune? restricted = null;
        var ascii = true;
        foreach (var rune in label.EnumerateRunes())
        {
            ascii &= rune.Value <= 0x7E;
            if (restricted is null && !data.IsAllowed(rune.Value) && rune.Value != '-')
            {
                restricted = rune;
            }

            var set = data.AugmentedSet(rune.Value);
            resolved = resolved.Intersect(set);
            if (!set.IsAll)
            {
                used = used.Union(set);
                var main = MainScript(set, data);
                if (!samples.Exists(s => s.Script == main))
                {
                    samples.Add((main, rune));
                }
            }
        }

        var scripts = samples.Select(s => data.Name(s.Script)).ToList();
        var mixed = resolved.IsEmpty;
        if (restricted is { } bad)
        {
            return new ScriptAssessment(RestrictionLevel.Unrestricted, mixed, scripts,
                $"'{label}' contains {Show(bad)}, which UTS #39 does not allow in identifiers: unrestricted");
        }

        if (ascii)
        {
            return new ScriptAssessment(RestrictionLevel.AsciiOnly, false, scripts, $"'{label}' is ASCII only");
        }

        if (!mixed)
        {
            // The scripts all characters share (ー is Hiragana or Katakana; in ソニー it is Katakana).
            scripts = resolved.IsAll ? [] : data.Describe(resolved).Split(", ").ToList();
            return new ScriptAssessment(RestrictionLevel.SingleScript, false, scripts,
                $"'{label}' is written in one script ({(scripts.Count == 0 ? "common characters only" : string.Join(", ", scripts))}): single script");
        }

        var parts = string.Join(" and ", samples.Select(s => $"{data.Name(s.Script)} ({Show(s.Rune)})"));
        if (CoveredBy(label, data, data.Latin, data.Han, data.Hiragana, data.Katakana)
            || CoveredBy(label, data, data.Latin, data.Han, data.Bopomofo)
            || CoveredBy(label, data, data.Latin, data.Han, data.Hangul))
        {
            return new ScriptAssessment(RestrictionLevel.HighlyRestrictive, true, scripts,
                $"'{label}' mixes {parts}, a combination Japanese, Chinese or Korean writing uses: highly restrictive");
        }

        var other = OtherThanLatin(label, data);
        if (!other.IsEmpty && !other.IsAll)
        {
            var withoutConfusable = other.Intersect(Complement(ScriptSet.Of(data.Cyrillic).Union(ScriptSet.Of(data.Greek))));
            if (!withoutConfusable.IsEmpty)
            {
                return new ScriptAssessment(RestrictionLevel.ModeratelyRestrictive, true, scripts,
                    $"'{label}' mixes {parts}: Latin with one other script, moderately restrictive");
            }
        }

        var why = !other.IsEmpty && !other.IsAll
            ? "Latin mixed with Cyrillic or Greek, whose letters look like Latin ones"
            : "more scripts than any writing system combines";
        return new ScriptAssessment(RestrictionLevel.MinimallyRestrictive, true, scripts,
            $"'{label}' mixes {parts}: {why}, minimally restrictive (UTS #39 §5.2)");
    }

    // §5.1: a label is covered by scripts S when every character's augmented script set meets S.
    private static bool CoveredBy(string label, UnicodeScripts data, params int[] scripts)
    {
        var allowedSet = default(ScriptSet);
        foreach (var script in scripts)
        {
            allowedSet = allowedSet.Union(ScriptSet.Of(script));
        }

        foreach (var rune in label.EnumerateRunes())
        {
            if (data.AugmentedSet(rune.Value).Intersect(allowedSet).IsEmpty)
            {
                return false;
            }
        }

        return true;
    }

    // The scripts every non-Latin character shares: Latin plus one of these covers the label.
    private static ScriptSet OtherThanLatin(string label, UnicodeScripts data)
    {
        var resolved = ScriptSet.All;
        foreach (var rune in label.EnumerateRunes())
        {
            var set = data.AugmentedSet(rune.Value);
            if (!set.Contains(data.Latin))
            {
                resolved = resolved.Intersect(set);
            }
        }

        return resolved;
    }

    private static ScriptSet Complement(ScriptSet set) => new(~set.Low, ~set.Middle, ~set.High);

    private static int MainScript(ScriptSet set, UnicodeScripts data)
    {
        foreach (var script in set.Scripts())
        {
            return script == data.Han || !set.Contains(data.Han) ? script : data.Han;
        }

        return data.Number("Zzzz");
    }

    private static string Show(Rune rune) => string.Create(CultureInfo.InvariantCulture, $"{rune} U+{rune.Value:X4}");
}
