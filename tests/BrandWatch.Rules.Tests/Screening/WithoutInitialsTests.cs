using BrandWatch.Rules.Screening;
using static BrandWatch.Rules.Tests.Screening.ScreeningMarks;

namespace BrandWatch.Rules.Tests.Screening;

/// <summary>A name written without its single letters (josbank for JOS A. BANK), which registrants leave out.</summary>
public sealed class WithoutInitialsTests
{
    private static readonly MarkIndex Index = MarkIndex.Build(
        [MarkOf("jos", "JOS A. BANK"), MarkOf("plan", "QUORVEX PLAN B"), MarkOf("crew", "J. CREW")], ScreeningOptions.Default);

    [Fact]
    public void Screen_NameWithoutItsMiddleInitial_BesideAPlace_Matches()
    {
        var match = Index.Screen("josbankus.store").SingleOrDefault(m => m.Mark == "jos");

        Assert.NotNull(match);
        Assert.Contains("'josbank', 'JOS A. BANK' without its single letters", match.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("quorvexplanshop.com", "plan")] // a last single letter is the name's own (PLAN B): no form without it
    [InlineData("crewshop.com", "crew")]        // what is left is an ordinary English word
    public void Screen_NoFormWithoutTheLetters_NoMatch(string domain, string mark) =>
        Assert.Null(Index.Screen(domain).SingleOrDefault(m => m.Mark == mark));
}
