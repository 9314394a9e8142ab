using BrandWatch.Rules.Screening;
using static BrandWatch.Rules.Tests.Screening.ScreeningMarks;

namespace BrandWatch.Rules.Tests.Screening;

/// <summary>The first two words of a name of three words or more, as readers shorten it (trusimulation for TRU SIMULATION + TRAINING).</summary>
public sealed class LeadingWordsTests
{
    private static readonly MarkIndex Index = MarkIndex.Build(
    [
        MarkOf("tru", "TRU SIMULATION + TRAINING"), MarkOf("cds", "CONVENTION DATA SERVICES"), MarkOf("costa", "COSTA RICA TOURS"),
        MarkOf("quorvex", "QUORVEX ZALIMBA"), MarkOf("bank", "BANK OF AMERICA"), MarkOf("parisien", "LE PARISIEN LIBERE"),
        MarkOf("body", "THE BODY SHOP INTERNATIONAL"), MarkOf("adm", "ARCHER-DANIELS-MIDLAND"),
        MarkOf("wilshire", "WILSHIRE REFRIGERATION & APPLIANCE"), MarkOf("silver", "SILVER LAKE & SONS"),
    ], ScreeningOptions.Default);

    private static DomainMatch? Match(string domain, string mark) => Index.Screen(domain).SingleOrDefault(m => m.Mark == mark);

    [Fact]
    public void Screen_FirstTwoWordsOfALongerName_BesideAWord_Match()
    {
        var match = Match("trusimulationcareers.com", "tru");

        Assert.NotNull(match);
        Assert.Equal(MatchKind.Combosquat, match.Kind);
        Assert.StartsWith("'trusimulationcareers' contains 'trusimulation', the first words of 'TRU SIMULATION + TRAINING'", match.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Screen_ALeadingArticleGoesWithItsWord()
    {
        var match = Match("leparisien.top", "parisien");

        Assert.NotNull(match);
        Assert.Equal("'leparisien' is 'leparisien', the first words of 'LE PARISIEN LIBERE' on .top", match.Explanation);
    }

    [Fact]
    public void Screen_ASurnameAmongTheFirstWords_IsNoOrdinaryWord()
    {
        // 'daniels' is in the word list only as a name: archer + daniels names the owner, not a thing
        var match = Match("archerdaniels.com", "adm");

        Assert.NotNull(match);
        Assert.Equal(MatchKind.Identical, match.Kind);
        Assert.Equal("'archerdaniels' is 'archerdaniels', the first words of 'ARCHER-DANIELS-MIDLAND' on .com", match.Explanation);
    }

    [Fact]
    public void Screen_ALinkWordAfterTheFirstWords_LeavesThemWhole()
    {
        var match = Match("officialwilshirerefrigeration.com", "wilshire");

        Assert.NotNull(match);
        Assert.Equal(MatchKind.Combosquat, match.Kind);
        Assert.Equal("wilshirerefrigeration", match.LabelForm);
        Assert.StartsWith("'officialwilshirerefrigeration' contains 'wilshirerefrigeration', the first words of 'WILSHIRE REFRIGERATION & APPLIANCE'", match.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("silverlakehomes.com", "silver")]  // silver + lake: lower-case English words, whatever follows them
    [InlineData("thebodyguide.com", "body")]       // the + body: English words run together
    [InlineData("conventiondata.com", "cds")]     // ordinary English words run together name nothing of the owner's
    [InlineData("solutexcostarica.com", "costa")] // a place of the lexicon
    [InlineData("quorvexzal.com", "quorvex")]     // a name of two words has no shorter name of two words
    [InlineData("bankofnews.com", "bank")]        // a link word is no word of the name
    public void Screen_PairsThatNameNothing_NoMatch(string domain, string mark) => Assert.Null(Match(domain, mark));
}
