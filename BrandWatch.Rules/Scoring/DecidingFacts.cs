using BrandWatch.Rules.Evidence;

namespace BrandWatch.Rules.Scoring;

/// <summary>
/// The open facts that decide a case. A published decision or a reviewer's file often leaves the facts that panels
/// turn on unstated: whether the registrant knew the mark, whether it answered, whether the mark is renowned where it
/// lives. Each such fact still unknown is recorded as true in turn and the case scored again; the facts that move the
/// recommendation across the line between filing (a UDRP transfer, a takedown, court) and not filing are returned, in
/// the order of <see cref="Candidates"/>; where no single one decides, the pairs that decide it together are
/// returned instead.
/// </summary>
public static class DecidingFacts
{
    private sealed record Candidate(string Fact, string Question, string Section, Func<ScoringInput, bool> Open, Func<ScoringInput, ScoringInput> Record);

    private static readonly Candidate[] Candidates =
    [
        Reviewer("registrantKnewMark", "Did the registrant know the mark when it registered or acquired the name?", "3.2.2",
            r => r.RegistrantKnewMark, r => r with { RegistrantKnewMark = true }),
        Reviewer("noGoodFaithUseShown", "Given the chance (the owner's letter, the complaint), did the registrant stay silent and show no good-faith use or preparation?", "3.3",
            r => r.NoGoodFaithUseShown, r => r with { NoGoodFaithUseShown = true }),
        new("wellKnown", "Is the mark well known, with evidence of its renown where the registrant lives?", "3.1.4",
            i => !i.Mark.WellKnown, i => i with { Mark = i.Mark with { WellKnown = true } }),
        Reviewer("registersOthersMarks", "Does the registrant hold other names that copy others' marks?", "3.1.2",
            r => r.RegistersOthersMarks, r => r with { RegistersOthersMarks = true }),
        Reviewer("registrantIsCompetitor", "Is the registrant a competitor of the owner?", "3.1.3",
            r => r.RegistrantIsCompetitor, r => r with { RegistrantIsCompetitor = true }),
        Reviewer("falseContactData", "Did the registrant give false contact details?", "3.6",
            r => r.FalseContactData, r => r with { FalseContactData = true }),
        Reviewer("takenBeforeComplainantsRights", "Was the name registered or acquired before the owner had any right in the mark?", "3.8.1",
            r => r.TakenBeforeComplainantsRights, r => r with { TakenBeforeComplainantsRights = true }),
        Reviewer("registrantCommonlyKnownByName", "Is the registrant commonly known by the name?", "2.3",
            r => r.RegistrantCommonlyKnownByName, r => r with { RegistrantCommonlyKnownByName = true }),
        Reviewer("priorBonaFideBusiness", "Did the registrant use the name, or prepare to, for a genuine business before notice of the dispute?", "2.2",
            r => r.PriorBonaFideBusiness, r => r with { PriorBonaFideBusiness = true }),
        Reviewer("ordinaryMeaningUse", "Does the registrant use the name for the ordinary meaning of its words, not for the mark?", "2.10",
            r => r.OrdinaryMeaningUse, r => r with { OrdinaryMeaningUse = true }),
        Reviewer("registrantAuthorisedByOwner", "Is the registrant an authorised distributor, reseller or licensee of the owner?", "2.8",
            r => r.RegistrantAuthorisedByOwner, r => r with { RegistrantAuthorisedByOwner = true }),
    ];

    /// <summary>
    /// The facts the case leaves open that would each, recorded as true, change whether to file; and, only when there are
    /// none, the pairs of open facts that would change it only together, each pair in the order of
    /// <see cref="Candidates"/>, so a reviewer is never sent after two facts where one would do. Each open fact is
    /// scored once.
    /// </summary>
    public static (IReadOnlyList<DecidingFact> Facts, IReadOnlyList<DecidingPair> Pairs) Find(
        Scorer scorer, ScoringInput input, DateTimeOffset now, Verdict verdict)
    {
        var files = Files(verdict.Action);
        var open = new List<Candidate>(Candidates.Length);
        var found = new List<DecidingFact>();
        foreach (var candidate in Candidates)
        {
            if (!candidate.Open(input))
            {
                continue;
            }

            open.Add(candidate);
            var other = scorer.Score(candidate.Record(input), now);
            if (Files(other.Action) != files)
            {
                found.Add(ToFact(candidate, other));
            }
        }

        if (found.Count > 0)
        {
            return (found, []);
        }

        var pairs = new List<DecidingPair>();
        for (var i = 0; i < open.Count; i++)
        {
            var first = open[i].Record(input);
            for (var j = i + 1; j < open.Count; j++)
            {
                var other = scorer.Score(open[j].Record(first), now);
                if (Files(other.Action) != files)
                {
                    pairs.Add(new DecidingPair([ToFact(open[i], other), ToFact(open[j], other)], other.Action, other.ActionReason));
                }
            }
        }

        return ([], pairs);
    }

    private static DecidingFact ToFact(Candidate candidate, Verdict with) =>
        new(candidate.Fact, candidate.Question, candidate.Section, with.Action, with.ActionReason);

    /// <summary>True for the actions that file a complaint which would take the name away from the registrant.</summary>
    public static bool Files(RecommendedAction action) =>
        action is RecommendedAction.UdrpTransfer or RecommendedAction.AbuseTakedown or RecommendedAction.Court;

    private static Candidate Reviewer(string fact, string question, string section, Func<ReviewerFacts, bool?> value, Func<ReviewerFacts, ReviewerFacts> record) =>
        new(fact, question, section,
            i => i.Evidence.Reviewer is not { } r || value(r) is null,
            i => i with { Evidence = i.Evidence with { Reviewer = record(i.Evidence.Reviewer ?? new ReviewerFacts()) } });
}
