using BrandWatch.Rules.Screening;
using static BrandWatch.Rules.Tests.Screening.ScreeningMarks;

namespace BrandWatch.Rules.Tests.Screening;

/// <summary>
/// A name that opens with an article (LE MONDE, LES ECHOS, The Body Shop) is also screened without it; when what is left
/// is one common word of some language, that word inside another name is the word, not the mark.
/// </summary>
public sealed class ArticleMarkTests
{
    private static readonly MarkIndex Index = MarkIndex.Build(
    [
        MarkOf("monde", "LE MONDE"), MarkOf("echos", "LES ECHOS"), MarkOf("bodyshop", "The Body Shop"), MarkOf("centrale", "LA CENTRALE"),
    ], ScreeningOptions.Default);

    [Theory]
    [InlineData("maisonsdumonde.com", "monde")]
    [InlineData("tv5monde.com", "monde")]
    [InlineData("echosign.com", "echos")]
    [InlineData("pbssrv-centralevents.com", "centrale")]
    public void Screen_CommonWordLeftByTheArticle_InsideAnotherName_NoMatch(string domain, string mark) =>
        Assert.DoesNotContain(Index.Screen(domain), m => m.Mark == mark);

    [Theory]
    [InlineData("lemonde-abonnement.com", "monde")]
    [InlineData("lesechos-login.net", "echos")]
    [InlineData("bodyshop-outlet.com", "bodyshop")]
    public void Screen_NameWithItsArticle_OrTwoWordsWithout_StillMatches(string domain, string mark) =>
        Assert.Contains(Index.Screen(domain), m => m.Mark == mark && m.Kind == MatchKind.Combosquat);

    [Fact]
    public void Screen_CommonWordAlone_IsTheNameWithoutItsArticle()
    {
        var match = Index.Screen("monde.com").Single(m => m.Mark == "monde");
        Assert.Equal(MatchKind.Identical, match.Kind);
        Assert.Equal("'monde' is 'monde', 'LE MONDE' without its article on .com", match.Explanation);
    }
}
