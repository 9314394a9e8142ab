namespace BrandWatch.Rules.Screening;

public sealed partial class MarkIndex
{
    /// <summary>
    /// The registrable label folds to a form's look-alike key (paypa1, rnicrosoft): hyphens inserted into the mark, or
    /// look-alike letters. A short form needs the stronger evidence of <see cref="ShortLookalikeHasEvidence"/>.
    /// </summary>
    private static void LookalikeLabel(in ScreenFacts facts, ref Findings found)
    {
        if (facts.RegistrableIsIdn || facts.ExactForms is not null || facts.KeyForms is not { } alike)
        {
            return;
        }

        var index = facts.Index;
        var raw = facts.RegistrableRaw;
        foreach (var f in alike)
        {
            var form = index._forms[f];
            var written = raw.ToString();
            if (written.Replace("-", string.Empty, StringComparison.Ordinal) == form.Text)
            {
                found.Add(form, MatchKind.Hyphenation, 0.9, $"'{written}' is {form.Describe(index.MarkName(form))} with hyphens inserted");
            }
            else if (index.ShortLookalikeHasEvidence(form, facts.Domain, MatchKind.Homoglyph,
                ReadsIdentically(written, idn: false) || form.WrittenLength > VeryShortLookalikeLength)) // mlffy reads as MIFFY
            {
                found.Add(form, MatchKind.Homoglyph, 0.95, $"'{written}' looks like {form.Describe(index.MarkName(form))}: {LookalikeEdits(written, form.Text)}");
            }
        }
    }
}
