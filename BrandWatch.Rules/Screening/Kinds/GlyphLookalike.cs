using BrandWatch.Rules.Confusables;

namespace BrandWatch.Rules.Screening;

public sealed partial class MarkIndex
{
    /// <summary>
    /// Whole-label look-alikes by the coarse glyph classes (v1tannix, hcineken): dnstwist's ASCII homoglyphs. Runs when
    /// neither the label nor its look-alike key is a form (for IDNs: when the label holds Latin letters).
    /// </summary>
    private static void GlyphLookalike(in ScreenFacts facts, ref Findings found)
    {
        if (facts.KeyForms is not null)
        {
            return;
        }

        if (facts.UnicodeRegistrable is { } unicode)
        {
            if (facts.IdnHasLatin)
            {
                Glyphs(facts, ref found, facts.RegistrableKey, unicode);
            }
        }
        else if (facts.ExactForms is null)
        {
            Glyphs(facts, ref found, facts.RegistrableKey, facts.RegistrableRaw);
        }
    }

    private static void Glyphs(in ScreenFacts facts, ref Findings found, ReadOnlySpan<char> key, ReadOnlySpan<char> written)
    {
        var index = facts.Index;
        if (key.Length < index._shortestGlyphKey)
        {
            return;
        }

        Span<char> coarse = stackalloc char[key.Length];
        var length = GlyphClasses.Key(key, coarse);
        if (!index._byGlyphs.TryGetValue(coarse[..length], out var forms))
        {
            length = GlyphClasses.Key(key, coarse, clAsD: false);
            if (!index._byGlyphsK.TryGetValue(coarse[..length], out forms))
            {
                return;
            }
        }

        // The coarse key merges many letters: an ordinary word (grammar, giddily) meeting a mark this way is chance.
        var shown = written.ToString();
        var plain = shown.Replace("-", string.Empty, StringComparison.Ordinal);
        if (index._words.Contains(plain) || index._words.IsWordSequence(plain, minWord: 4))
        {
            return;
        }

        foreach (var f in forms)
        {
            var form = index._forms[f];
            if (form.Key.Length < CoarseGlyphMinLength && !index._marks[form.Mark].WellKnown)
            {
                continue; // merged letter classes (b/d, c/e, m/n) meet many names by chance: only long or famous marks
            }

            if (!index._marks[form.Mark].WellKnown && index.IsOrdinaryForm(form))
            {
                continue; // a little-known English-word mark: its merged letters meet other spellings near the word (southcn for SOUTHERN)
            }

            found.Add(form, MatchKind.Homoglyph, 0.85,
                $"'{shown}' looks like {form.Describe(index.MarkName(form))} once letters drawn alike are merged (b/d, c/e, m/n/rn, 1/l/i, 0/o, cl/d, vv/w …)");
        }
    }
}
