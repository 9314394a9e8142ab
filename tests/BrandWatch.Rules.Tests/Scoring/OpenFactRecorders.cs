using BrandWatch.Rules.Evidence;
using BrandWatch.Rules.Scoring;

namespace BrandWatch.Rules.Tests.Scoring;

/// <summary>Each open fact <see cref="DecidingFacts"/> asks about, recorded as true on a scorer input, in its order.</summary>
internal static class OpenFactRecorders
{
    public static readonly (string Fact, Func<ScoringInput, ScoringInput> Record)[] All =
    [
        ("registrantKnewMark", i => WithFacts(i, f => f with { RegistrantKnewMark = true })),
        ("noGoodFaithUseShown", i => WithFacts(i, f => f with { NoGoodFaithUseShown = true })),
        ("wellKnown", i => i with { Mark = i.Mark with { WellKnown = true } }),
        ("registersOthersMarks", i => WithFacts(i, f => f with { RegistersOthersMarks = true })),
        ("registrantIsCompetitor", i => WithFacts(i, f => f with { RegistrantIsCompetitor = true })),
        ("falseContactData", i => WithFacts(i, f => f with { FalseContactData = true })),
        ("takenBeforeComplainantsRights", i => WithFacts(i, f => f with { TakenBeforeComplainantsRights = true })),
        ("registrantCommonlyKnownByName", i => WithFacts(i, f => f with { RegistrantCommonlyKnownByName = true })),
        ("priorBonaFideBusiness", i => WithFacts(i, f => f with { PriorBonaFideBusiness = true })),
        ("ordinaryMeaningUse", i => WithFacts(i, f => f with { OrdinaryMeaningUse = true })),
        ("registrantAuthorisedByOwner", i => WithFacts(i, f => f with { RegistrantAuthorisedByOwner = true })),
    ];

    private static ScoringInput WithFacts(ScoringInput input, Func<ReviewerFacts, ReviewerFacts> change) =>
        input with { Evidence = input.Evidence with { Reviewer = change(input.Evidence.Reviewer ?? new ReviewerFacts()) } };
}
