using BrandWatch.Rules.Cases;
using BrandWatch.Rules.Scoring;

namespace BrandWatch.Rules.Tests.Cases;

public sealed class WireNameTests
{
    [Fact]
    public void All_SubjectKind_ListsEveryKindInDeclarationOrder() =>
        Assert.Equal(["domain", "deep-link", "framing", "meta-tags", "phishing", "counterfeit"], WireName.All<SubjectKind>());

    [Fact]
    public void All_Outcome_ListsTheWeakestFirst() =>
        Assert.Equal(["unlikely", "possible", "likely"], WireName.All<Outcome>());

    [Fact]
    public void All_EveryName_IsTheKebabNameOfItsMember() =>
        Assert.Equal(Enum.GetValues<RecommendedAction>().Select(WireName.Kebab), WireName.All<RecommendedAction>());

    [Fact]
    public void All_CalledTwice_ReturnsTheSameCachedList() =>
        Assert.Same(WireName.All<CaseSource>(), WireName.All<CaseSource>());
}
