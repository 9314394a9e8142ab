using BrandWatch.Api.Alerts;
using BrandWatch.Api.Stats;

namespace BrandWatch.Api.Tests.Alerts;

/// <summary>
/// The subscription vocabulary comes from the Rules enums; these rows are the wire names subscriptions stored before
/// it did, so a renamed member (which would orphan stored subscriptions) fails here.
/// </summary>
public sealed class AlertVocabularyTests
{
    public static TheoryData<string, string> Lists => new()
    {
        { "kinds", "domain deep-link framing meta-tags phishing counterfeit" },
        { "outcomes", "unlikely possible likely" },
        { "actions", "no-action abuse-takedown udrp-transfer cease-and-desist monitor negotiate-or-court settlement do-not-file court no-action-fair-use" },
        { "sources", "content ct nrd zone submission none" },
        { "deliveries", "immediate hourly daily" },
        { "channels", "webhook email" },
        { "formats", "json slack teams" },
    };

    [Theory]
    [MemberData(nameof(Lists))]
    public void Vocabulary_EachList_KeepsItsWireNamesInOrder(string list, string expected) =>
        Assert.Equal(expected.Split(' '), Of(list));

    [Theory]
    [InlineData("unlikely", 0)]
    [InlineData("possible", 1)]
    [InlineData("likely", 2)]
    [InlineData("LIKELY", 2)]
    [InlineData("certain", -1)]
    public void OutcomeRank_EachOutcome_RanksWeakestFirst(string outcome, int rank) =>
        Assert.Equal(rank, AlertVocabulary.OutcomeRank(outcome));

    [Theory]
    [InlineData("kinds")]
    [InlineData("outcomes")]
    [InlineData("actions")]
    [InlineData("sources")]
    public void StatsVocabulary_EachCaseList_IsTheSubscriptionList(string list) =>
        Assert.Same(Of(list), list switch
        {
            "kinds" => StatsVocabulary.Kinds,
            "outcomes" => StatsVocabulary.Outcomes,
            "actions" => StatsVocabulary.Actions,
            _ => StatsVocabulary.Sources,
        });

    private static IReadOnlyList<string> Of(string list) => list switch
    {
        "kinds" => AlertVocabulary.Kinds,
        "outcomes" => AlertVocabulary.Outcomes,
        "actions" => AlertVocabulary.Actions,
        "sources" => AlertVocabulary.Sources,
        "deliveries" => AlertVocabulary.Deliveries,
        "channels" => AlertVocabulary.Channels,
        "formats" => AlertVocabulary.Formats,
        _ => throw new ArgumentOutOfRangeException(nameof(list), list, "not a vocabulary list"),
    };
}
