using BrandWatch.Rules.Screening;
using static BrandWatch.Rules.Tests.Screening.ScreeningMarks;

namespace BrandWatch.Rules.Tests.Screening;

/// <summary>A named slip of a mark of seven letters or more, plus the plural 's' (eyolabs for EIYOLAB).</summary>
public sealed class SlipWithPluralTests
{
    private static readonly MarkIndex Index = MarkIndex.Build(
        [MarkOf("eiyolab", "EIYOLAB"), MarkOf("sasol", "SASOL"), MarkOf("lam", "LAM RESEARCH")], ScreeningOptions.Default);

    private static DomainMatch? Match(string domain, string mark) => Index.Screen(domain).SingleOrDefault(m => m.Mark == mark);

    [Fact]
    public void Screen_SlipPlusPlural_IsTheSlip()
    {
        var match = Match("eyolabs.com", "eiyolab");

        Assert.NotNull(match);
        Assert.Equal(MatchKind.Omission, match.Kind);
        Assert.Equal("'eyolabs' imitates 'eiyolab': omitted 'i' at position 2, plus the plural 's'", match.Explanation);
    }

    [Theory]
    [InlineData("ssols.com", "sasol")]          // a short mark changes by a fifth with one edit: the plural adds a second change
    [InlineData("researchlums.org", "lam")]     // a reordered form is already a variant: a slip of it plus a plural is too far
    [InlineData("eyolabz.com", "eiyolab")]      // a slip plus another letter is two edits
    public void Screen_SlipPlusPluralOutsideItsConditions_NoMatch(string domain, string mark) => Assert.Null(Match(domain, mark));
}
