namespace BrandWatch.Rules.Screening;

public sealed partial class MarkIndex
{
    /// <summary>
    /// The registrable label is a typo of a form within its edit budget (paypa, paypall, pyapal, gooogle): omission,
    /// insertion, repetition, transposition, replacement, vowel swap, bitsquatting, or a look-alike reading plus a typo.
    /// </summary>
    private static void Typo(in ScreenFacts facts, ref Findings found)
    {
        var index = facts.Index;
        var key = facts.RegistrableKey;
        if (key.Length < index._minFuzzy || key.Length > index._maxFuzzy)
        {
            return;
        }

        if (facts.UnicodeRegistrable is { } unicode)
        {
            if (facts.IdnHasLatin)
            {
                TypoSearch(facts, ref found, key, key, combo: null, idn: unicode);
            }
        }
        else
        {
            TypoSearch(facts, ref found, key, facts.RegistrableRaw, combo: null);
        }
    }
}
