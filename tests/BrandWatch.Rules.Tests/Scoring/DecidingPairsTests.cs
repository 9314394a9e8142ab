using BrandWatch.Rules.Evidence;
using BrandWatch.Rules.Scoring;
using BrandWatch.Rules.Screening;
using static BrandWatch.Rules.Tests.Scoring.ScoringFixtures;

namespace BrandWatch.Rules.Tests.Scoring;

/// <summary>The pairs of open facts that decide whether to file only together, asked when no single fact does.</summary>
public sealed class DecidingPairsTests
{
    // An ordinary word as a mark: its identical name shows no aim at the mark by its string, so knowledge alone or
    // competition alone stays short of bad faith.
    private static ScoringInput OrdinaryWord(ReviewerFacts? facts = null) =>
        Input("quorvexa.net", Coined() with { GenericWord = true }, [Match("quorvexa.net", MatchKind.TldSwap, 1.0)],
            new CaseEvidence { Reviewer = facts });

    [Fact]
    public void NoSingleFactDecides_ButKnowledgeBesideCompetitionDoes_AndThePairFilesAsSaid()
    {
        var input = OrdinaryWord();
        var verdict = Score(input);
        Assert.False(DecidingFacts.Files(verdict.Action));
        Assert.Empty(DecidingFacts.Find(ScoringFixtures.Scorer, input, Now, verdict).Facts);

        var pairs = DecidingFacts.Find(ScoringFixtures.Scorer, input, Now, verdict).Pairs;

        var pair = Assert.Single(pairs, p => p.Facts.Select(f => f.Fact).SequenceEqual(["registrantKnewMark", "registrantIsCompetitor"]));
        var both = Score(OpenFactRecorders.All[0].Record(OpenFactRecorders.All[4].Record(input)));
        Assert.Equal(both.Action, pair.Action);
        Assert.Equal(both.ActionReason, pair.Reason);
        Assert.True(DecidingFacts.Files(pair.Action));
        Assert.Equal(["3.2.2", "3.1.3"], pair.Facts.Select(f => f.Section));
    }

    [Fact]
    public void EveryPairReturned_ChangesWhetherToFileOnlyTogether_AndEveryPairLeftOut_DoesNot()
    {
        var input = OrdinaryWord();
        var verdict = Score(input);
        var files = DecidingFacts.Files(verdict.Action);
        var reported = DecidingFacts.Find(ScoringFixtures.Scorer, input, Now, verdict).Pairs
            .Select(p => $"{p.Facts[0].Fact}+{p.Facts[1].Fact}").ToHashSet();
        Assert.NotEmpty(reported);

        for (var i = 0; i < OpenFactRecorders.All.Length; i++)
        {
            Assert.Equal(files, DecidingFacts.Files(Score(OpenFactRecorders.All[i].Record(input)).Action));
            for (var j = i + 1; j < OpenFactRecorders.All.Length; j++)
            {
                var flips = DecidingFacts.Files(Score(OpenFactRecorders.All[j].Record(OpenFactRecorders.All[i].Record(input))).Action) != files;
                var name = $"{OpenFactRecorders.All[i].Fact}+{OpenFactRecorders.All[j].Fact}";
                Assert.True(flips == reported.Contains(name), $"{name}: flips {flips}, reported {reported.Contains(name)}");
            }
        }
    }

    [Fact]
    public void WhenASingleFactDecides_NoPairIsAsked()
    {
        var input = Input("quorvexa.net", matches: [Match("quorvexa.net", MatchKind.TldSwap, 1.0)]);
        var verdict = Score(input);
        Assert.NotEmpty(DecidingFacts.Find(ScoringFixtures.Scorer, input, Now, verdict).Facts);

        Assert.Empty(DecidingFacts.Find(ScoringFixtures.Scorer, input, Now, verdict).Pairs);
    }

    [Fact]
    public void AFactAlreadyAnswered_IsInNoPair()
    {
        var input = OrdinaryWord(new ReviewerFacts { RegistrantKnewMark = false });

        var pairs = DecidingFacts.Find(ScoringFixtures.Scorer, input, Now, Score(input)).Pairs;

        Assert.DoesNotContain(pairs, p => p.Facts.Any(f => f.Fact == "registrantKnewMark"));
    }
}
