namespace BrandWatch.Rules.Screening;

public sealed partial class MarkIndex
{
    /// <summary>The registrable label is a form of the mark: its label on any suffix (paypal.net), a listed form in another script (заландо.com), its words reordered (hutpizza) or a word in its plural.</summary>
    private static void ExactLabel(in ScreenFacts facts, ref Findings found)
    {
        if (facts.ExactForms is not { } exact)
        {
            return;
        }

        foreach (var f in exact)
        {
            AddExact(facts, ref found, facts.Index._forms[f]);
        }
    }

    private static void AddExact(in ScreenFacts facts, ref Findings found, LabelForm form)
    {
        var index = facts.Index;
        var mark = index._marks[form.Mark];
        var label = facts.Domain.UnicodeRegistrableLabel;
        switch (form.Origin)
        {
            case FormOrigin.OtherScript or FormOrigin.Transliterated:
                found.Add(form, MatchKind.Transliteration, 0.9, $"'{label}' is {form.Describe(mark.Name)} on .{facts.Domain.PublicSuffix}");
                break;
            case FormOrigin.Reordered or FormOrigin.ReorderedWithOf:
                found.Add(form, MatchKind.ReorderedWords, 0.85, $"'{label}' is {form.Describe(mark.Name)}");
                break;
            case FormOrigin.Inflected:
                found.Add(form, MatchKind.Plural, 0.9, $"'{label}' is {form.Describe(mark.Name)}");
                break;
            case FormOrigin.SoundAlike or FormOrigin.Respelled:
                found.Add(form, MatchKind.Replacement, 0.9, $"'{label}' is {form.Describe(mark.Name)}");
                break;
            default:
                var swap = form.Origin == FormOrigin.OfficialDomain || index._officialLabels[form.Mark].Contains(form.Text);
                var official = mark.OfficialDomains.Count > 0 ? $"; the owner uses {string.Join(", ", mark.OfficialDomains)}" : string.Empty;
                found.Add(form, swap ? MatchKind.TldSwap : MatchKind.Identical, form.Origin is FormOrigin.Distinctive or FormOrigin.Numeral or FormOrigin.WithoutArticle or FormOrigin.WithoutLinkWords or FormOrigin.PlaceCode or FormOrigin.ShortGivenName or FormOrigin.UmlautsWrittenIn ? 0.95 : 1.0,
                    $"'{label}' is {form.Describe(mark.Name)} on .{facts.Domain.PublicSuffix}{official}");
                break;
        }
    }
}
