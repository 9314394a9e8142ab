namespace BrandWatch.Rules.Screening;

public sealed partial class MarkIndex
{
    /// <summary>
    /// An IDN registrable label whose confusable skeleton is a form's key (pаypal with a Cyrillic а). A label mixing
    /// scripts is the classic spoof: the match cites its UTS #39 restriction level.
    /// </summary>
    private static void IdnLookalike(in ScreenFacts facts, ref Findings found)
    {
        if (facts.UnicodeRegistrable is not { } unicode || facts.KeyForms is not { } alike)
        {
            return;
        }

        var index = facts.Index;
        foreach (var f in alike)
        {
            var form = index._forms[f];
            // UTS #39 §5: a label mixing scripts (Latin with Cyrillic or Greek) is the classic spoof; say so.
            var scripts = Confusables.ScriptRestriction.Assess(unicode);
            var mixed = scripts.MixedScript ? $"; {scripts.Explanation}" : string.Empty;
            found.Add(form, MatchKind.Homoglyph, scripts.MixedScript ? 0.97 : 0.95,
                $"'{unicode}' ({facts.Domain.RegistrableLabel}) looks like {form.Describe(index.MarkName(form))}: {LookalikeEdits(unicode, form.Text)}{mixed}");
        }
    }
}
