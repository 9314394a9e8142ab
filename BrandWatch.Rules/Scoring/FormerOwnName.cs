using BrandWatch.Rules.Evidence;
using BrandWatch.Rules.Screening;

namespace BrandWatch.Rules.Scoring;

/// <summary>
/// A13: the name is one the complainant itself held and used, lost by a lapse or taken from it (the reviewer records
/// which), and it still bears a clear relation to the mark that the screener's variant rules do not cover: one letter
/// from the mark's label form (gvp for GVPI), or the mark's distinctive word held whole beside another (tommy-friedl
/// for THOMAS FRIEDL). The screener refuses such names on a feed of millions because, for a name nobody has linked to
/// the owner, they are as often someone else's; here the link is shown by the owner's own years of use, which taught
/// the public to find the owner at that name. The first element is still a side-by-side comparison (1.7), so a former
/// name with nothing of the mark in it does not count.
/// </summary>
internal static class FormerOwnName
{
    private const int ShortestLabel = 3;
    private const int ShortestDistinctiveWord = 4;

    /// <summary>How much of the mark a former name of the owner's shows; below a listed variant's 1.0.</summary>
    private const double Similarity = 0.8;

    public static Contribution? A13(ScoringContext c)
    {
        if (c.IsUrlSubject || c.Reviewer is not { } facts || (facts.NameTakenFromComplainant != true && facts.NameLapsedFromComplainantOn is null)
            || FaultCriteria.HasConfusingName(c) || c.Has(Criteria.A7))
        {
            return null;
        }

        if (Relation(c) is not { } relation)
        {
            return null;
        }

        c.DomainSimilarity = Math.Max(c.DomainSimilarity, Similarity);
        var (how, lost) = facts.NameTakenFromComplainant == true
            ? ("taken from the complainant without its consent", "taken from it")
            : ($"lapsed from the complainant on {facts.NameLapsedFromComplainantOn:yyyy-MM-dd}", "it lapsed");
        return ActCriteria.Hit(c, Criteria.A13, Similarity, $"{c.Host}: {how}; {relation}",
            $"The name was the complainant's own until {lost}, and {relation}: the owner's use tied the name to it, so the public that learnt to find the owner there is confused by whoever holds it now (1.7).");
    }

    /// <summary>What of the mark the name shows, or null when it shows nothing of it.</summary>
    internal static string? Relation(ScoringContext c)
    {
        var label = c.SubjectLabel.Replace("-", string.Empty, StringComparison.Ordinal);
        foreach (var form in c.Mark.Labels)
        {
            if (label.Length >= ShortestLabel && form.Length >= ShortestLabel && label != form && TypoClassifier.Distance(label, form, 1) <= 1)
            {
                return $"it is one letter from the mark's '{form}'";
            }
        }

        foreach (var word in DistinctiveWords(c))
        {
            if (label.Contains(word, StringComparison.Ordinal) && label.Length > word.Length)
            {
                return $"it holds the mark's distinctive word '{word}' whole";
            }
        }

        return null;
    }

    /// <summary>The mark's words of four letters or more that are not ordinary words: the part that tells whose it is.</summary>
    private static IEnumerable<string> DistinctiveWords(ScoringContext c)
    {
        var words = c.Mark.Name.ToLowerInvariant().Split((char[])[' ', '-', '&', '.', ',', '\''], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2)
        {
            yield break;
        }

        foreach (var word in words)
        {
            if (word.Length >= ShortestDistinctiveWord && word.All(char.IsAsciiLetter) && !c.Words.IsWord(word))
            {
                yield return word;
            }
        }
    }
}
