using BrandWatch.Rules.RuleCases;
using BrandWatch.Rules.Scoring;
using BrandWatch.Rules.Scoring.Configuration;

namespace BrandWatch.Rules.Tests.RuleCases;

public sealed class RecordTwinsTests
{
    private static readonly RuleCaseRunner Runner = new(RuleSetJson.Default);

    [Fact]
    public void Of_ADisagreementWhoseRecordADecisionOfTheOtherOutcomeShares_NamesThatDecision()
    {
        var transferred = Run("quorvexa-transferred", "transferred", reviewer: """{ "note": "the panel found bad faith" }""");
        var denied = Run("quorvexa-denied", "denied", reviewer: """{ "note": "the panel found no bad faith" }""");
        Assert.NotEqual(PanelAgreement.Agrees(PanelOutcome.Transferred, transferred.Verdict), PanelAgreement.Agrees(PanelOutcome.Denied, denied.Verdict));

        var twins = RecordTwins.Of([transferred, denied]).Twins;

        var (disagreeing, followed) = PanelAgreement.Agrees(PanelOutcome.Denied, denied.Verdict) ? (transferred, denied) : (denied, transferred);
        Assert.Equal([followed.Case.Name], twins[disagreeing.Case.Name]);
        Assert.False(twins.ContainsKey(followed.Case.Name));
    }

    [Fact]
    public void Of_AReviewerFactStatedOnOneSideOnly_MakesTheRecordsDiffer()
    {
        var transferred = Run("quorvexa-transferred", "transferred", reviewer: """{ "falseContactData": false }""");
        var denied = Run("quorvexa-denied", "denied");

        var twins = RecordTwins.Of([transferred, denied]).Twins;

        Assert.Empty(twins);
    }

    [Fact]
    public void Of_TwoDecisionsOfTheSameOutcome_AreNoTwins()
    {
        var first = Run("quorvexa-first", "transferred");
        var second = Run("quorvexa-second", "transferred");

        Assert.Empty(RecordTwins.Of([first, second]).Twins);
    }

    [Fact]
    public void Of_LeastAgainstPanels_CountsTheSmallerSideOfEachGroupOfSameRecords()
    {
        var results = new[]
        {
            Run("first-transferred", "transferred"), Run("second-transferred", "transferred"), Run("denied", "denied"),
            Run("denied-with-knowledge", "denied", reviewer: """{ "registrantKnewMark": false }"""),
        };

        Assert.Equal(1, RecordTwins.Of(results).LeastAgainstPanels);
        Assert.Equal(0, RecordTwins.Of(results[..2]).LeastAgainstPanels);
    }

    [Fact]
    public void Record_KeepsYesAndNoAndWhoRaisedTheSale_ButOnlyThePresenceOfADateOrAnAmount()
    {
        var early = Run("a", "denied", reviewer: """{ "askingPrice": 5000, "saleInitiatedBy": "complainant", "disputeNoticeOn": "2025-01-01" }""");
        var late = Run("b", "denied", reviewer: """{ "askingPrice": 9000, "saleInitiatedBy": "complainant", "disputeNoticeOn": "2025-06-01" }""");
        var raisedByRegistrant = Run("c", "denied", reviewer: """{ "askingPrice": 5000, "saleInitiatedBy": "registrant", "disputeNoticeOn": "2025-01-01" }""");

        Assert.Equal(RecordTwins.Record(early), RecordTwins.Record(late));
        Assert.NotEqual(RecordTwins.Record(early), RecordTwins.Record(raisedByRegistrant));
        Assert.Contains("saleInitiatedBy=Complainant", RecordTwins.Record(early), StringComparison.Ordinal);
    }

    private static RuleCaseResult Run(string name, string outcome, string? reviewer = null)
    {
        var json = $$"""
            {
              "name": "{{name}}",
              "panel": { "provider": "WIPO", "case": "D0000-0000", "outcome": "{{outcome}}" },
              "marks": [ { "id": "quorvexa", "name": "QUORVEXA", "owner": "Quorvexa Ltd" } ],
              "domain": "quorvexa.com",
              "now": "2026-06-01T00:00:00Z",
              "evidence": { {{(reviewer is null ? "" : $"\"reviewer\": {reviewer}")}} },
              "expect": { "action": "monitor" }
            }
            """;
        return Runner.Run(RuleCaseJson.Parse(json, $"{name}.json", _ => null, ShippedCases.Library, RuleSetJson.Default));
    }
}
