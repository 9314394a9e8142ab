using BrandWatch.Rules.Marks;
using BrandWatch.Rules.Screening;

namespace BrandWatch.Rules.Tests.Screening;

/// <summary>Two unrelated edits of a long coined name that keep its first letter and spell no words score as two slips.</summary>
public sealed class TwoKeptEditsTests
{
    private static Mark MarkOf(string id, string name, bool wellKnown = false) =>
        new() { Id = id, Name = name, Labels = MarkLabels.Derive(name, null), WellKnown = wellKnown };

    private static readonly MarkIndex Index = MarkIndex.Build(
        [MarkOf("quorvantels", "QUORVANTELS"), MarkOf("zelmorastix", "ZELMORASTIX", wellKnown: true)],
        ScreeningOptions.Default with { MinSimilarity = 0.75 });

    private static DomainMatch? Match(string domain, string mark) => Index.Screen(domain).SingleOrDefault(m => m.Mark == mark);

    [Fact]
    public void Screen_TwoEditsKeepingTheFirstLetter_MatchAboveThePipelineFloor()
    {
        var match = Match("quorvantal.com", "quorvantels");

        Assert.NotNull(match);
        Assert.Equal(MatchKind.EditDistance, match.Kind);
        Assert.True(match.Similarity >= 0.75, $"{match.Similarity}");
    }

    [Theory]
    [InlineData("huorvantal.com", "quorvantels")]   // the first letter changed as well: another name
    [InlineData("zelmorastuv.com", "zelmorastix")]  // a well-known mark keeps its own rules for two edits
    public void Screen_OtherTwoEdits_StayUnderTheFloor(string domain, string mark) =>
        Assert.Null(Match(domain, mark));
}
