using BrandWatch.Rules.Evidence;

namespace BrandWatch.Rules.Scoring;

/// <summary>Causation: the act is the route to the harm (C1–C4).</summary>
internal static class CausationCriteria
{
    public static Contribution? C1LikelihoodOfConfusion(ScoringContext c)
    {
        var act = c.Sums[(int)ScoreElement.Act];
        if (act < c.Rules.Thresholds.MinAct)
        {
            return null;
        }

        var similarity = c.DomainSimilarity > 0 ? c.DomainSimilarity : Math.Min(1, act);
        var strength = c.Mark.GenericWord ? 0.6 : c.Mark.WellKnown ? 1.0 : 0.85;
        var factor = similarity * strength;
        var disclaimer = Disclaimer(c);
        var reason = $"Similarity {similarity:0.00} to a {(c.Mark.WellKnown ? "well-known" : c.Mark.GenericWord ? "dictionary-word" : "distinctive")} mark makes confusion likely";
        if (disclaimer is not null)
        {
            factor *= 1 - c.Rules.Thresholds.DisclaimerReduction;
            reason += "; a clear disclaimer lowers it";
        }

        return ActCriteria.Hit(c, Criteria.C1, factor, disclaimer ?? c.Host, reason + ".");
    }

    public static Contribution? C2InitialInterest(ScoringContext c)
    {
        if (c.Has(Criteria.A10) || c.Has(Criteria.A11))
        {
            return ActCriteria.Hit(c, Criteria.C2, 1, c.Finding(Criteria.A11)?.Evidence ?? c.Finding(Criteria.A10)?.Evidence ?? c.Host,
                "Search users are drawn by the mark in the page's metadata before they see whose page it is (initial interest).");
        }

        return (c.Has(Criteria.A2) || c.Has(Criteria.A3)) && c.Live == true
            ? ActCriteria.Hit(c, Criteria.C2, 1, c.Host, "Typing errors bring the owner's visitors to a live site (initial interest).")
            : null;
    }

    public static Contribution? C3ActualConfusion(ScoringContext c) =>
        c.Reviewer?.ActualConfusion == true
            ? ActCriteria.Hit(c, Criteria.C3, 1, c.Reviewer.Note ?? "reviewer", "Evidence of actual confusion is on record.")
            : null;

    public static Contribution? C4Timing(ScoringContext c)
    {
        if (c.Registered is not { } registered || c.DomainSimilarity <= 0)
        {
            return null;
        }

        var day = DateOnly.FromDateTime(registered.UtcDateTime);
        foreach (var (launch, what) in new[] { (c.Reviewer?.MarkRenamedOn, "rename"), (c.Mark.EarliestRight, "launch") })
        {
            if (launch is { } date && day >= date && day.DayNumber - date.DayNumber <= c.Rules.Thresholds.LaunchWindowDays)
            {
                var days = day.DayNumber - date.DayNumber;
                return ActCriteria.Hit(c, Criteria.C4, 1, $"registered {day:yyyy-MM-dd}, {what} {date:yyyy-MM-dd}",
                    $"The domain was registered {days} day{(days == 1 ? string.Empty : "s")} after the mark's {what}: the timing targets it.");
            }
        }

        return null;
    }

    internal static string? Disclaimer(ScoringContext c)
    {
        foreach (var finding in c.Findings)
        {
            if (ScoringContext.Fact(finding, "disclaimer") || ScoringContext.Fact(finding, "disclosure"))
            {
                return finding.Evidence;
            }
        }

        return null;
    }
}
