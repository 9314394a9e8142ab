using BrandWatch.Rules.Evidence;
using BrandWatch.Rules.Screening;
using static BrandWatch.Rules.Tests.Scoring.ScoringFixtures;

namespace BrandWatch.Rules.Tests.Scoring;

/// <summary>F1 for a famous mark that is also an ordinary word: its own name counts once the registrant knew the mark (3.1.4, 3.2.2).</summary>
public sealed class FamousWordTests
{
    [Theory]
    [InlineData(null, null, false)]  // a famous mark that is also a word: apple.org has innocent readings
    [InlineData(true, null, true)]   // the registrant knew the mark and nothing shows the word's own use (once.org)
    [InlineData(true, true, false)]  // knew it, but uses the word in its ordinary meaning
    public void F1_AFamousWordsOwnName_CountsWhenTheRegistrantKnewTheMark(bool? knew, bool? ordinaryUse, bool fires)
    {
        var mark = Coined(wellKnown: true) with { Id = "apple", Name = "APPLE", Labels = ["apple"], OfficialDomains = [] };
        var evidence = new CaseEvidence { Reviewer = new ReviewerFacts { RegistrantKnewMark = knew, OrdinaryMeaningUse = ordinaryUse } };

        var verdict = Score(Input("apple.org", mark, [Match("apple.org", MatchKind.Identical, 1) with { Mark = mark.Id, LabelForm = "apple" }], evidence));

        Assert.Equal(fires, Fired(verdict).Contains(Criteria.F1));
        if (fires)
        {
            Assert.Contains("a registrant that knew it", Assert.Single(verdict.Fault.Criteria, c => c.Criterion == Criteria.F1).Reason, StringComparison.Ordinal);
        }
    }
}
