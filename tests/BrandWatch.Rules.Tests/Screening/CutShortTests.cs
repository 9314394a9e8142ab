using BrandWatch.Rules.Screening;
using static BrandWatch.Rules.Tests.Screening.ScreeningMarks;

namespace BrandWatch.Rules.Tests.Screening;

/// <summary>
/// A name of two words or more with its last or its first word cut short, as the whole label (fisherinvestm for FISHER
/// INVESTMENTS, olympgames for OLYMPIC GAMES).
/// </summary>
public sealed class CutShortTests
{
    private static readonly MarkIndex Index = MarkIndex.Build(
        [MarkOf("fisher", "FISHER INVESTMENTS"), MarkOf("quorvex", "QUORVEX"), MarkOf("zalimba", "QUORVEX ZALIMBADOR"), MarkOf("olympic", "OLYMPIC GAMES")],
        ScreeningOptions.Default);

    private static DomainMatch? Match(string domain, string mark) => Index.Screen(domain).SingleOrDefault(m => m.Mark == mark);

    [Theory]
    [InlineData("fisherinvestm.com", "'fisherinvestm' is 'fisherinvestments' cut short: its last 4 letters left off")]
    [InlineData("quorvexzalimba.online", "'quorvexzalimba' is 'quorvexzalimbador' cut short: its last 3 letters left off")]
    public void Screen_LastWordCutShort_IsAnOmissionThatSaysHowMuch(string domain, string explanation)
    {
        var match = Match(domain, domain.StartsWith("fisher", StringComparison.Ordinal) ? "fisher" : "zalimba");

        Assert.NotNull(match);
        Assert.Equal(MatchKind.Omission, match.Kind);
        Assert.Equal(explanation, match.Explanation);
    }

    [Fact]
    public void Screen_FirstWordCutShort_IsAnOmissionThatSaysWhichWord()
    {
        var match = Match("olympgames.com", "olympic");

        Assert.NotNull(match);
        Assert.Equal(MatchKind.Omission, match.Kind);
        Assert.Equal("'olympgames' is 'olympicgames' with its first word cut short: 2 letters of it left off", match.Explanation);
    }

    [Theory]
    [InlineData("fisherinvest.com", "fisher")]        // what is left is English words run together
    [InlineData("fishinvestments.com", "fisher")]     // the first word cut to another word: fish + investments
    [InlineData("olgames.com", "olympic")]            // two letters of the first word kept: any name's start
    [InlineData("fisherinv.com", "fisher")]           // less than half of the last word is kept
    [InlineData("fisherinvestm-news.com", "fisher")]  // only the whole label: a cut inside a longer name is another name's stem
    [InlineData("quorv.com", "quorvex")]              // a name of one word is not cut short
    [InlineData("fisherinvestme.com", "fisher")]      // fisher + invest + me: words again
    public void Screen_NotACutShortName_NoMatch(string domain, string mark) => Assert.Null(Match(domain, mark));
}
