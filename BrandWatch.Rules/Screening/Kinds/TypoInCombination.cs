namespace BrandWatch.Rules.Screening;

public sealed partial class MarkIndex
{
    /// <summary>
    /// A typo'd mark inside a combo: a hyphenated token (paypl-login) or what is left after a risky term is taken
    /// off either end (my + equifaz).
    /// </summary>
    private static void TypoInCombination(in ScreenFacts facts, ref Findings found)
    {
        var index = facts.Index;
        if (facts.RegistrableIsIdn)
        {
            return;
        }

        var label = facts.RegistrableRaw;
        if (index._minFuzzy <= 0 || label.Length < Math.Max(index._minFuzzy, index._options.TypoInComboMinLength) + 2)
        {
            return;
        }

        var tokens = label.Count('-') + 1;
        foreach (var range in label.Split('-'))
        {
            var token = label[range];
            if (tokens > 1 && token.Length >= index._minFuzzy && token.Length <= index._maxFuzzy)
            {
                TypoInCombinationCore(facts, ref found, token, label, range.Start.Value, range.End.Value);
            }

            if (token.Length < index._minFuzzy + 2)
            {
                continue;
            }

            var limit = Math.Min(token.Length - index._minFuzzy, index._longestRisky);
            var prefixes = index.StartsRisky(token) ? 0 : 2;
            for (var k = 2; k <= limit && prefixes < 2; k++)
            {
                if (index._risky.Contains(token[..k]))
                {
                    prefixes++;
                    TypoInCombinationCore(facts, ref found, token[k..], label, range.Start.Value + k, range.End.Value);
                }
            }

            var suffixes = index.EndsRisky(token) ? 0 : 2;
            for (var k = 2; k <= limit && suffixes < 2; k++)
            {
                if (index._risky.Contains(token[^k..]))
                {
                    suffixes++;
                    TypoInCombinationCore(facts, ref found, token[..^k], label, range.Start.Value, range.End.Value - k);
                }
            }
        }
    }

    private static void TypoInCombinationCore(in ScreenFacts facts, ref Findings found, ReadOnlySpan<char> core, ReadOnlySpan<char> label, int start, int end)
    {
        var index = facts.Index;
        if (core.Length < index._minFuzzy || core.Length > index._maxFuzzy)
        {
            return;
        }

        Span<char> key = stackalloc char[core.Length];
        var length = Confusables.AsciiLookalikes.Fold(core, key);
        // The search below ends at once when the key meets no form within one deletion.
        var added = new ComboWords(label, start, end);
        TypoSearch(facts, ref found, key[..length], core, ref added, maxEdits: 1);
    }
}
