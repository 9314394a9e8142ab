namespace BrandWatch.Rules.Screening;

public sealed partial class MarkIndex
{
    /// <summary>Marks of two or three letters (jd) glued or hyphenated to a risky term or a TLD (jd-login, jdcom).</summary>
    private static void ShortMarkGlued(in ScreenFacts facts, ref Findings found)
    {
        var index = facts.Index;
        if (facts.RegistrableIsIdn || !index._hasShortForms)
        {
            return;
        }

        var raw = facts.RegistrableRaw;
        for (var k = 2; k < index._options.EmbeddedMinLength && k < raw.Length - 1; k++)
        {
            ShortFormCombo(facts, ref found, raw[..k], raw[k..].TrimStart('-'), raw);
            ShortFormCombo(facts, ref found, raw[^k..], raw[..^k].TrimEnd('-'), raw);
        }
    }

    private static void ShortFormCombo(in ScreenFacts facts, ref Findings found, ReadOnlySpan<char> part, ReadOnlySpan<char> rest, ReadOnlySpan<char> raw)
    {
        var index = facts.Index;
        if (rest.Length == 0 || !index.MayBeShortForm(part) || !index._exact.TryGetValue(part, out var forms))
        {
            return;
        }

        // Asked only once a short form is there: the look-up in the lexicon costs more than the bit table above.
        if (index.IsOrdinaryLabel(raw))
        {
            return; // the short mark sits inside a word (le of apple)
        }

        var glued = index._glued.Contains(rest);
        var risky = index.IsRiskyPhrase(rest);
        if (!glued && !risky)
        {
            return;
        }

        var restText = rest.ToString();
        foreach (var f in forms)
        {
            var form = index._forms[f];
            if (form.Text.Length >= index._options.EmbeddedMinLength || index.IsOrdinaryForm(form))
            {
                continue; // an ordinary word as a mark (one, jet) joined to another word is ordinary English (onelogin, mailjet)
            }

            if (glued)
            {
                found.Add(form, MatchKind.TldGlued, 0.8, $"'{raw}' is {form.Describe(index.MarkName(form))} with '{restText}' glued on in place of a dot", [restText]);
            }
            else
            {
                found.Add(form, MatchKind.Combosquat, risky ? 0.85 : 0.6, $"'{raw}' is {form.Describe(index.MarkName(form))} plus the word '{restText}'{(risky ? " (risky)" : string.Empty)}", [restText]);
            }
        }
    }

    private bool IsRiskyPhrase(ReadOnlySpan<char> text)
    {
        foreach (var range in text.Split('-'))
        {
            if (!_risky.Contains(text[range]))
            {
                return false;
            }
        }

        return true;
    }
}
