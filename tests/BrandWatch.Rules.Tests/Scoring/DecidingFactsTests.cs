using BrandWatch.Rules.Evidence;
using BrandWatch.Rules.Scoring;
using BrandWatch.Rules.Screening;
using static BrandWatch.Rules.Tests.Scoring.ScoringFixtures;

namespace BrandWatch.Rules.Tests.Scoring;

/// <summary>The open facts that decide whether to file, found by scoring the case again with each recorded.</summary>
public sealed class DecidingFactsTests
{
    private static ScoringInput Identical(ReviewerFacts? facts = null) =>
        Input("quorvexa.net", matches: [Match("quorvexa.net", MatchKind.TldSwap, 1.0)], evidence: new CaseEvidence { Reviewer = facts });

    [Fact]
    public void ABareIdenticalName_AsksWhatTheRecordLacks_AndEachAnswerFilesAsSaid()
    {
        var input = Identical();
        var verdict = Score(input);
        Assert.False(DecidingFacts.Files(verdict.Action));

        var deciding = DecidingFacts.Find(ScoringFixtures.Scorer, input, Now, verdict).Facts;

        Assert.Contains(deciding, f => f.Fact == "registrantKnewMark" && f.Section == "3.2.2");
        Assert.Contains(deciding, f => f.Fact == "wellKnown");
        Assert.DoesNotContain(deciding, f => f.Fact is "registrantCommonlyKnownByName" or "priorBonaFideBusiness");
        var knew = Score(input with { Evidence = input.Evidence with { Reviewer = new ReviewerFacts { RegistrantKnewMark = true } } });
        var asked = Assert.Single(deciding, f => f.Fact == "registrantKnewMark");
        Assert.Equal(knew.Action, asked.Action);
        Assert.Equal(knew.ActionReason, asked.Reason);
        Assert.True(DecidingFacts.Files(asked.Action));
    }

    [Fact]
    public void AFactAlreadyAnswered_IsNotAskedAgain_EvenWhenTheAnswerIsNo()
    {
        var input = Identical(new ReviewerFacts { RegistrantKnewMark = false });

        var deciding = DecidingFacts.Find(ScoringFixtures.Scorer, input, Now, Score(input)).Facts;

        Assert.DoesNotContain(deciding, f => f.Fact == "registrantKnewMark");
        Assert.Contains(deciding, f => f.Fact == "wellKnown");
    }

    [Fact]
    public void ACaseThatFiles_AsksForTheDefencesThatWouldStopIt()
    {
        var input = Identical(new ReviewerFacts { RegistrantKnewMark = true, NoGoodFaithUseShown = true });
        var verdict = Score(input);
        Assert.True(DecidingFacts.Files(verdict.Action));

        var deciding = DecidingFacts.Find(ScoringFixtures.Scorer, input, Now, verdict).Facts;

        Assert.Contains(deciding, f => f.Fact == "priorBonaFideBusiness" && f.Section == "2.2");
        Assert.All(deciding, f => Assert.False(DecidingFacts.Files(f.Action)));
        Assert.DoesNotContain(deciding, f => f.Fact is "registrantKnewMark" or "noGoodFaithUseShown");
    }

    [Fact]
    public void EveryFactReturned_ChangesWhetherToFile_AndEveryOpenFactLeftOut_DoesNot()
    {
        var input = Identical();
        var verdict = Score(input);
        var deciding = DecidingFacts.Find(ScoringFixtures.Scorer, input, Now, verdict).Facts.Select(f => f.Fact).ToHashSet();

        foreach (var (fact, record) in OpenFactRecorders.All)
        {
            var flips = DecidingFacts.Files(Score(record(input)).Action) != DecidingFacts.Files(verdict.Action);
            Assert.True(flips == deciding.Contains(fact), $"{fact}: flips {flips}, reported {deciding.Contains(fact)}");
        }
    }

    [Fact]
    public void WhenEveryFactIsAnswered_NothingIsAsked()
    {
        var input = Identical(new ReviewerFacts
        {
            RegistrantKnewMark = false, NoGoodFaithUseShown = false, RegistersOthersMarks = false, RegistrantIsCompetitor = false,
            FalseContactData = false, TakenBeforeComplainantsRights = false, RegistrantCommonlyKnownByName = false,
            PriorBonaFideBusiness = false, OrdinaryMeaningUse = false, RegistrantAuthorisedByOwner = false,
        }) is var i ? i with { Mark = i.Mark with { WellKnown = true } } : null!;

        Assert.Empty(DecidingFacts.Find(ScoringFixtures.Scorer, input, Now, Score(input)).Facts);
    }
}
