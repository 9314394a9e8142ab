using AnyAscii;

namespace BrandWatch.Rules.Screening;

public sealed partial class MarkIndex
{
    /// <summary>
    /// An IDN registrable label that transliterates to a form (ペイパル to paypal), or, when it holds no Latin letters,
    /// to within the form's edit budget of one.
    /// </summary>
    private static void IdnTransliteration(in ScreenFacts facts, ref Findings found)
    {
        if (facts.UnicodeRegistrable is not { } unicode)
        {
            return;
        }

        var index = facts.Index;
        var transliterated = Clean(unicode.Transliterate());
        if (index._exact.TryGetValue(transliterated, out var spelled))
        {
            foreach (var f in spelled)
            {
                var form = index._forms[f];
                found.Add(form, MatchKind.Transliteration, 0.9, $"'{unicode}' transliterates to '{transliterated}', {form.Describe(index.MarkName(form))}");
            }
        }
        else if (!facts.IdnHasLatin && transliterated.Length >= index._minFuzzy && transliterated.Length <= index._maxFuzzy)
        {
            var candidates = new List<int>();
            index._deletions.Query(transliterated, 2, candidates);
            foreach (var f in candidates)
            {
                var form = index._forms[f];
                var distance = TypoClassifier.Distance(transliterated, form.Text, form.MaxEdits);
                if (distance > 0 && distance <= form.MaxEdits)
                {
                    var (_, edit, _) = TypoClassifier.Classify(transliterated, form.Text);
                    found.Add(form, MatchKind.Transliteration, TypoSimilarity(distance, transliterated.Length, form.Text.Length) - 0.1,
                        $"'{unicode}' transliterates to '{transliterated}', close to {form.Describe(index.MarkName(form))}: {edit}");
                }
            }
        }
    }
}
