using BrandWatch.Rules.Evidence;

namespace BrandWatch.Rules.Scoring;

/// <summary>
/// X7: a genuine noncommercial fan or commentary site. Overview 2.7.1: such a site may support a legitimate interest
/// where it is "active, genuinely noncommercial, and clearly distinct from any official complainant site"; 2.7.2: panels
/// find it more readily where the name itself says what the site is (the mark beside "fans", "blog", "news") than under
/// the bare mark, which claims to be the owner's. Read from the name (a word of <c>words.commentaryTerms</c> beside the
/// mark), a live page that disclaims any tie to the mark (the analyser's X8 disclaimer) and earns nothing from it.
/// </summary>
internal static class FanSite
{
    private static readonly string[] Commercial = [Criteria.U1, Criteria.U3, Criteria.U4, Criteria.U5, Criteria.U6, Criteria.U9, Criteria.U10, Criteria.U11, Criteria.U13, Criteria.A12];

    public static Contribution? X7(ScoringContext c)
    {
        if (c.IsUrlSubject || c.IsOwnDomain || c.IsAuthorisedDomain || CommentaryWord(c) is not { } word)
        {
            return null;
        }

        if (c.Live != true || Disclaimer(c) is not { } disclaimer)
        {
            return new Contribution(Criteria.X7, 0, c.Host,
                $"The name reads as a page about the mark ('{word}'), but no live page on record says it is unofficial: a fan site must be clearly distinct from the owner's (2.7.1).") { Applies = false };
        }

        var earns = Commercial.FirstOrDefault(c.Has)
            ?? (c.Findings.Any(f => ScoringContext.Fact(f, "ads")) ? "advertising" : c.Finding(Criteria.X4) is not null ? "a shop of the goods" : null);
        if (earns is not null)
        {
            return new Contribution(Criteria.X7, 0, disclaimer.Evidence,
                $"The page says it is unofficial but earns from the mark or poses as its owner ({earns}): a fan site must be genuinely noncommercial (2.7.1).") { Applies = false };
        }

        return new Contribution(Criteria.X7, -Math.Round(c.Rules.Weight(Criteria.X7), 4), disclaimer.Evidence,
            $"A live, noncommercial page about the mark under a name that says what it is ('{word}'), which disclaims any tie to the owner: a genuine fan or commentary site (2.7.1, 2.7.2).");
    }

    private static string? CommentaryWord(ScoringContext c)
    {
        foreach (var match in c.Matches)
        {
            if (ActCriteria.FirstIn(match.AddedWords, c.Rules.Words.CommentaryTerms) is { } word)
            {
                return word;
            }
        }

        return null;
    }

    private static PageFinding? Disclaimer(ScoringContext c) =>
        c.Findings.FirstOrDefault(f => f.Criterion == Criteria.X8 && f.Facts.TryGetValue("signal", out var signal) && signal == "disclaimer");
}
