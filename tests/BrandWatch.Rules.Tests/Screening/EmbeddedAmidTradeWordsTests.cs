using BrandWatch.Rules.Screening;
using static BrandWatch.Rules.Tests.Screening.ScreeningMarks;

namespace BrandWatch.Rules.Tests.Screening;

/// <summary>A four-letter mark inside a label, between trade words, places or risky terms only (cheap + bash + online).</summary>
public sealed class EmbeddedAmidTradeWordsTests
{
    private static readonly MarkIndex Index = MarkIndex.Build([MarkOf("bash", "BA&SH"), MarkOf("bark", "BARK")], ScreeningOptions.Default);

    private static DomainMatch? Match(string domain, string mark) => Index.Screen(domain).SingleOrDefault(m => m.Mark == mark);

    [Theory]
    [InlineData("cheapbashonline.com", "bash", "'cheapbashonline' contains 'bash' plus the words 'cheap', 'online'")]
    [InlineData("shopbarks.shop", "bark", "'shopbarks' contains 'bark' plus the word 'shop'")] // the mark's plural ends the label
    [InlineData("shopbarkus.shop", "bark", "'shopbarkus' contains 'bark' plus the words 'shop', 'us'")] // a country code, the market, ends it
    public void Screen_ShortMarkBetweenTradeWords_MatchesAsACombination(string domain, string mark, string explanation)
    {
        var match = Match(domain, mark);

        Assert.NotNull(match);
        Assert.Equal(MatchKind.Combosquat, match.Kind);
        Assert.StartsWith(explanation, match.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("shopbarkly.com", "bark")]     // letters that are no trade word after the mark
    [InlineData("embarkshop.com", "bark")]     // inside another word (embark) before the trade word
    [InlineData("cheapbashful.com", "bash")]   // inside a longer word (bashful)
    public void Screen_ShortMarkInsideOtherLetters_NoMatch(string domain, string mark) => Assert.Null(Match(domain, mark));
}
