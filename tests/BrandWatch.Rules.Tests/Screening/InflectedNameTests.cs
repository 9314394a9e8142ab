using BrandWatch.Rules.Screening;
using static BrandWatch.Rules.Tests.Screening.ScreeningMarks;

namespace BrandWatch.Rules.Tests.Screening;

/// <summary>A mark's words in their other number (issue 13, item 3: plural and singular of mark words).</summary>
public sealed class InflectedNameTests
{
    private static readonly MarkIndex Index = MarkIndex.Build(
    [
        MarkOf("krispy", "KRISPY KRUNCHY"), MarkOf("couponcause", "COUPONCAUSE"), MarkOf("salesforce", "SALESFORCE"),
        MarkOf("pricerunner", "PRICE RUNNER"), MarkOf("daisies", "DAISIES GARDEN"),
        MarkOf("shoezone", "SHOE ZONE - SHOEZONE"), MarkOf("tata", "TATA MOTORS"), MarkOf("plastidip", "PLASTI DIP"),
    ], ScreeningOptions.Default);

    [Theory]
    [InlineData("plastidipsingapore.com", "singapore")]   // not 'plastidips' + 'in ga pore'
    [InlineData("plastidipsales.com", "sales")]           // not 'plastidips' + 'ales'
    public void Screen_APluralWhoseSBelongsToTheNextWord_ReadsTheMarkBesideThatWord(string domain, string word)
    {
        var match = Index.Screen(domain).Single(m => m.Mark == "plastidip");

        Assert.Equal("plastidip", match.LabelForm);
        Assert.Equal([word], match.AddedWords);
    }

    [Theory]
    [InlineData("krispykrunchies.com", "krispy", "'krispykrunchies' is 'krispykrunchies', 'KRISPY KRUNCHY' with a word in its plural or singular")]
    [InlineData("couponscause.com", "couponcause", "'couponscause' is 'couponscause', 'COUPONCAUSE' with a word in its plural or singular")]
    [InlineData("pricesrunner.com", "pricerunner", "'pricesrunner' is 'pricesrunner', 'PRICE RUNNER' with a word in its plural or singular")]
    [InlineData("daisygarden.com", "daisies", "'daisygarden' is 'daisygarden', 'DAISIES GARDEN' with a word in its plural or singular")]
    [InlineData("shoeszone.com", "shoezone", "'shoeszone' is 'shoeszone', 'SHOE ZONE - SHOEZONE' with a word in its plural or singular")] // a part of a name written as several
    public void Screen_WordInItsOtherNumber_MatchesAsPlural(string domain, string mark, string explained)
    {
        var match = Index.Screen(domain).SingleOrDefault(m => m.Mark == mark);
        Assert.NotNull(match);
        Assert.Equal(MatchKind.Plural, match.Kind);
        Assert.Equal(explained, match.Explanation);
    }

    [Fact]
    public void Screen_BothWordsOfAPartInTheirPlural_MatchAsThePluralOfTheInflectedPart()
    {
        var match = Index.Screen("shoeszones.com").SingleOrDefault(m => m.Mark == "shoezone");

        Assert.NotNull(match);
        Assert.Equal(MatchKind.Plural, match.Kind);
        Assert.Contains("added the plural 's' to 'shoeszone'", match.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("pricerunnerdeals.com", "pricerunner", "'pricerunnerdeals' contains 'pricerunner' plus the word 'deals'")]
    [InlineData("tatamotorsdealer.com", "tata", "'tatamotorsdealer' contains 'tatamotors' plus the word 'dealer'")]
    public void Screen_TheMarkWholeBesideWords_IsNoSlipOfItsInflectedForm(string domain, string mark, string explained)
    {
        var match = Index.Screen(domain).SingleOrDefault(m => m.Mark == mark);

        Assert.NotNull(match);
        Assert.Equal(explained, match.Explanation);
    }

    [Fact]
    public void Screen_CompoundMarkInflected_IsScreenedUnderThatForm() =>
        Assert.Contains("couponscause", Index.LabelFormsOf("couponcause"));

    [Theory]
    [InlineData("airforce.com", "salesforce")]     // two edits from 'saleforce': an inflected form is met as written only
    public void Screen_NearAnInflectedForm_NoMatch(string domain, string mark) =>
        Assert.DoesNotContain(Index.Screen(domain), m => m.Mark == mark);
}
