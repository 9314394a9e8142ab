using BrandWatch.Rules.Screening;

namespace BrandWatch.Rules.Scoring;

/// <summary>
/// Unknown evidence is unknown, not innocent: a level-squat (the mark in a subdomain, or spread across labels) or a
/// combination with a risky word of a well-known mark is never left <see cref="Outcome.Unlikely"/> while no page of it
/// has been seen (DNS unreachable, no answer, no web host yet). Such a verdict is raised to <see cref="Outcome.Possible"/>
/// with at least <see cref="RecommendedAction.Monitor"/>, so it is filed and looked at again. Gates, defences and the
/// owner's or authorised domains keep their verdict.
/// </summary>
internal static class UnknownEvidenceFloor
{
    public static Verdict Apply(ScoringContext c, Verdict verdict)
    {
        if (verdict.Outcome != Outcome.Unlikely || !c.Mark.WellKnown || c.IsOwnDomain || c.IsAuthorisedDomain || PageSeen(c))
        {
            return verdict;
        }

        foreach (var contribution in verdict.GatesAndDefences)
        {
            if (contribution.Applies)
            {
                return verdict;
            }
        }

        if (Trigger(c) is not { } why)
        {
            return verdict;
        }

        var reason = $"no page of it has been seen, and {why} is never dropped for lack of evidence";
        return verdict.Action is RecommendedAction.NoAction or RecommendedAction.Monitor
            ? verdict with { Outcome = Outcome.Possible, Action = RecommendedAction.Monitor, ActionReason = $"Monitor: {reason}." }
            : verdict with { Outcome = Outcome.Possible, ActionReason = $"{verdict.ActionReason} Kept at least possible: {reason}." };
    }

    private static bool PageSeen(ScoringContext c)
    {
        foreach (var page in c.Evidence.Pages)
        {
            if (page.Status is not null)
            {
                return true;
            }
        }

        return false;
    }

    // The match that makes the name dangerous by itself: the mark placed as a level, or joined to a risky word.
    private static string? Trigger(ScoringContext c)
    {
        if (c.BestMatch(k => k is MatchKind.LevelSquat or MatchKind.SpreadAcrossLabels) is { } level)
        {
            return $"a level-squat of the well-known mark ({level.Domain}: {level.Explanation})";
        }

        foreach (var match in c.Matches)
        {
            if (match.Kind == MatchKind.Combosquat && !match.InsideDictionaryWord
                && ActCriteria.FirstIn(match.AddedWords, c.Rules.Words.RiskyTerms) is { } risky)
            {
                return $"the well-known mark combined with the risky word '{risky}' ({match.Domain})";
            }
        }

        return null;
    }
}
