using BrandWatch.Rules.Evidence;
using BrandWatch.Rules.Marks;
using BrandWatch.Rules.Scoring;
using BrandWatch.Rules.Screening;
using static BrandWatch.Rules.Tests.Scoring.ScoringFixtures;

namespace BrandWatch.Rules.Tests.Scoring;

/// <summary>
/// F2 and a competitor (Overview 3.2.2): a competitor knows the marks of its trade, so a name that is a rival's mark
/// points at it even when the string is too short to be read as coined; a mark of ordinary words stays free to use.
/// </summary>
public sealed class CompetitorKnowledgeTests
{
    private static Verdict ScoreWith(string label, bool? competitor, DateTimeOffset? registered = null, bool genericWord = false)
    {
        var mark = Coined() with { Id = label, Name = label.ToUpperInvariant(), Labels = [label], GenericWord = genericWord, RegisteredOn = new DateOnly(2010, 1, 1) };
        var evidence = new CaseEvidence
        {
            Registration = registered is { } when ? Registered(when) : null,
            Reviewer = new ReviewerFacts { RegistrantIsCompetitor = competitor },
        };
        return Score(Input(label + ".ca", mark, [Match(label + ".ca", MatchKind.TldSwap, 1) with { Mark = label, LabelForm = label }], evidence));
    }

    [Fact]
    public void F2_ACompetitorUnderItsRivalsShortMark_PointsAtTheMark()
    {
        var verdict = ScoreWith("drn", competitor: true);

        var f2 = Assert.Single(verdict.Fault.Criteria, c => c.Criterion == Criteria.F2);
        Assert.True(f2.Applies);
        Assert.Contains("competes with the owner", f2.Reason, StringComparison.Ordinal);
        Assert.Contains("3.2.2", f2.Reason, StringComparison.Ordinal);
        Assert.Equal(RecommendedAction.UdrpTransfer, verdict.Action);
    }

    [Theory]
    [InlineData("drn", null, false, false)]          // no competitor: three letters are too short to be read as coined
    [InlineData("canadavisa", true, false, false)]   // words and names a competitor may use for what they say
    [InlineData("harbor", true, false, false)]       // an ordinary word
    [InlineData("drn", true, true, false)]           // a name taken before the mark's rights
    [InlineData("zorvel", true, false, true)]        // a mark flagged as an ordinary word
    public void F2_NearMisses_GetNoCompetitorInference(string label, bool? competitor, bool before, bool genericWord)
    {
        var verdict = ScoreWith(label, competitor, before ? new DateTimeOffset(2005, 1, 1, 0, 0, 0, TimeSpan.Zero) : null, genericWord);

        Assert.DoesNotContain(verdict.Fault.Criteria, c => c.Criterion == Criteria.F2 && c.Applies && c.Reason.Contains("competes with the owner", StringComparison.Ordinal));
    }
}
