using BrandWatch.Rules.Screening;
using static BrandWatch.Rules.Tests.Screening.ScreeningMarks;

namespace BrandWatch.Rules.Tests.Screening;

/// <summary>
/// A name that ends in a year is also screened with the year in two digits (paris24 for PARIS 2024), as an event's
/// public writes it; exact only, alone or beside words (paris24tickets.com, WIPO D2024-2368).
/// </summary>
public sealed class ShortYearFormTests
{
    private static readonly MarkIndex Index = MarkIndex.Build(
    [
        MarkOf("paris", "PARIS 2024"), MarkOf("worldcup", "FIFA WORLD CUP 2022"), MarkOf("agent", "AGENT 4711"), MarkOf("zorvex", "ZORVEX 2024"),
    ], ScreeningOptions.Default);

    private static DomainMatch? Match(string domain, string mark) => Index.Screen(domain).SingleOrDefault(m => m.Mark == mark);

    [Theory]
    [InlineData("paris24.com", "paris", "paris24")]
    [InlineData("fifaworldcup22.net", "worldcup", "fifaworldcup22")]
    public void Screen_TheYearInTwoDigits_IsTheNameItself(string domain, string mark, string form)
    {
        var match = Match(domain, mark);

        Assert.NotNull(match);
        Assert.Equal(MatchKind.Identical, match.Kind);
        Assert.Equal(form, match.LabelForm);
        Assert.EndsWith("with its year written in two digits on ." + domain.Split('.')[^1], match.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Screen_TheShortYearBesideAWord_IsACombination()
    {
        var match = Match("paris24tickets.com", "paris");

        Assert.NotNull(match);
        Assert.Equal(MatchKind.Combosquat, match.Kind);
        Assert.Equal("paris24", match.LabelForm);
    }

    [Theory]
    [InlineData("paris42.com", "paris")]    // not the year's digits
    [InlineData("pariz24.com", "paris")]    // exact only: no slip of the short form
    [InlineData("agent11.com", "agent")]    // 4711 is no year of the two centuries
    [InlineData("zorvex2.com", "zorvex")]   // one digit is no year
    public void Screen_NotTheYearInTwoDigits_NoSuchForm(string domain, string mark) =>
        Assert.DoesNotContain("year written in two digits", Match(domain, mark)?.Explanation ?? string.Empty, StringComparison.Ordinal);
}
