using BrandWatch.Rules.Marks;

namespace BrandWatch.Rules.Screening;

public sealed partial class MarkIndex
{
    /// <summary>Words too common in a goods list to name a trade ("services and products for the home").</summary>
    private static readonly HashSet<string> KeywordFillers = new(StringComparer.Ordinal) { "and", "for", "the", "with", "from", "other", "related", "services", "products", "goods" };

    /// <summary>
    /// The words of each mark's goods and services (its <c>keywords</c>), in both numbers. A dictionary-word mark beside
    /// one of them (fidelis + insurance for an insurer's FIDELIS, apple + computers) no longer reads as the word: the
    /// pair may name the owner's business (Overview 1.8, 3.2.1), so the scorer gets to weigh it. Any one word of a
    /// keyword keeps the name here; the scorer's F2 (<c>NameMakeUp.TradeKeyword</c>) asks more: every word of a keyword,
    /// or the first word of five letters or more of a keyword of several (fidelis + insurance + company meets 'health
    /// insurance' only here).
    /// </summary>
    private static HashSet<string>[] TradeWordsOf(Mark[] marks) =>
        [.. marks.Select(mark =>
        {
            var words = new HashSet<string>(StringComparer.Ordinal);
            foreach (var keyword in mark.Keywords)
            {
                foreach (var word in MarkLabels.Fold(keyword).Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    if (word.Length < 3 || KeywordFillers.Contains(word) || !word.All(char.IsAsciiLetterLower))
                    {
                        continue;
                    }

                    words.Add(word);
                    words.Add(word.EndsWith('s') ? word[..^1] : word + "s");
                }
            }

            return words;
        })];

    /// <summary>The first added word that names the mark's own trade, or null.</summary>
    private string? TradeWordIn(int mark, IReadOnlyList<string> added)
    {
        var trade = _tradeWords[mark];
        return trade.Count == 0 ? null : added.FirstOrDefault(trade.Contains);
    }
}
