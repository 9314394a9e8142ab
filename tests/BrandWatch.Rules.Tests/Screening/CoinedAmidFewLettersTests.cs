using BrandWatch.Rules.Screening;
using static BrandWatch.Rules.Tests.Screening.ScreeningMarks;

namespace BrandWatch.Rules.Tests.Screening;

/// <summary>A coined mark of six letters or more between a few letters that are no words (aplavixp for PLAVIX).</summary>
public sealed class CoinedAmidFewLettersTests
{
    private static readonly MarkIndex Index = MarkIndex.Build(
        [MarkOf("plavix", "PLAVIX"), MarkOf("oscaro", "OSCARO"), MarkOf("zorvex", "ZORVEX"), MarkOf("clopay", "CLOPAY"), MarkOf("chenet", "CHENET"), MarkOf("london", "LONDON")], ScreeningOptions.Default);

    private static DomainMatch? Match(string domain, string mark) => Index.Screen(domain).SingleOrDefault(m => m.Mark == mark);

    [Theory]
    [InlineData("aplavixp.com", "plavix")]
    [InlineData("qzzorvexqz.net", "zorvex")]
    [InlineData("jpchenetjpc.com", "chenet")]   // one French word as a mark stands out between codes as a coined one does
    public void Screen_CoinedMarkAmidAFewLetters_IsTheMarkWhole(string domain, string mark)
    {
        var match = Match(domain, mark);

        Assert.NotNull(match);
        Assert.Equal(MatchKind.Combosquat, match.Kind);
        Assert.Contains($"contains '{mark}'", match.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("moscarossa.biz", "oscaro")]     // mosca + rossa: the label reads as words, the mark sits in them by chance
    [InlineData("scudopayai.com", "clopay")]     // a look-alike (d for cl) amid letters is chance
    [InlineData("xyzqplavixqzw.com", "plavix")]  // four letters on a side are more than a code or a slip
    [InlineData("jplondonjpc.com", "london")]    // a place name is no coined mark
    public void Screen_NotTheMarkAmidAFewLetters_NoMatch(string domain, string mark) => Assert.Null(Match(domain, mark));
}
