using BrandWatch.Rules.Evidence;
using BrandWatch.Rules.Scoring;
using BrandWatch.Rules.Screening;
using static BrandWatch.Rules.Tests.Scoring.ScoringFixtures;

namespace BrandWatch.Rules.Tests.Scoring;

/// <summary>
/// F2 and a mark from elsewhere (Overview 3.2.2, 3.1.1): when the owner itself sought to buy the name, a coined mark
/// registered only in other countries and not shown to be well known gives no ground to infer that the holder knew it.
/// </summary>
public sealed class MarkFromElsewhereTests
{
    private static Verdict ScoreWith(IReadOnlyList<string> jurisdictions, string? holderCountry, SaleInitiator? initiator, bool wellKnown = false)
    {
        var mark = Coined(wellKnown: wellKnown) with { Jurisdictions = jurisdictions, RegisteredOn = new DateOnly(1998, 1, 1) };
        var evidence = new CaseEvidence
        {
            Registration = Registered(new DateTimeOffset(2001, 5, 1, 0, 0, 0, TimeSpan.Zero)) with { RegistrantCountry = holderCountry },
            Reviewer = new ReviewerFacts { AskingPrice = 68000, SaleInitiatedBy = initiator },
        };
        return Score(Input("quorvexa.com", mark, [Match("quorvexa.com", MatchKind.Identical, 1)], evidence));
    }

    [Fact]
    public void F2_AMarkRegisteredElsewhere_SoughtByItsOwner_ShowsNoKnowledge()
    {
        var verdict = ScoreWith(["DE", "EU"], "KR", SaleInitiator.Complainant);

        var f2 = Assert.Single(verdict.Fault.Criteria, c => c.Criterion == Criteria.F2);
        Assert.False(f2.Applies);
        Assert.Contains("registered only in DE, EU and the holder is in KR", f2.Reason, StringComparison.Ordinal);
        Assert.Contains("3.2.2", f2.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain(Criteria.F5, Fired(verdict));
        Assert.NotEqual(RecommendedAction.UdrpTransfer, verdict.Action);
    }

    [Theory]
    [InlineData("DE", "complainant", false)]   // the holder is where the mark is registered
    [InlineData("AT", "complainant", false)]   // an EU mark covers every member state
    [InlineData("KR", "registrant", false)]    // the holder raised the sale itself
    [InlineData(null, "complainant", false)]   // the holder's country is unknown
    [InlineData("KR", "complainant", true)]    // a well-known mark is known beyond its registrations
    public void F2_NearMisses_KeepTheStringInference(string? country, string initiator, bool wellKnown)
    {
        var verdict = ScoreWith(["DE", "EU"], country, initiator == "complainant" ? SaleInitiator.Complainant : SaleInitiator.Registrant, wellKnown);

        Assert.Contains(Criteria.F2, Fired(verdict));
        Assert.Contains(Criteria.F5, Fired(verdict));
    }

    [Fact]
    public void F2_AMarkWithNoRecordedRegistrations_KeepsTheStringInference()
    {
        var verdict = ScoreWith([], "KR", SaleInitiator.Complainant);

        Assert.Contains(Criteria.F2, Fired(verdict));
    }
}
