using BrandWatch.Rules.Screening;

namespace BrandWatch.Rules.Tests.Screening;

public sealed class LabelSegmenterTests
{
    private static readonly LabelSegmenter Segmenter = new(Lexicon.Default);

    [Theory]
    [InlineData("goldsuomi", "'gold' (English word) + 'suomi' (Finnish: Finland)")]
    [InlineData("schoenen", "'schoenen' (Dutch: shoes)")]
    [InlineData("outletbelgie", "'outlet' (English: outlet) + 'belgie' (Dutch: Belgium)")]
    [InlineData("chaussuressoldes", "'chaussures' (French: shoes) + 'soldes' (French: sales)")]
    [InlineData("billigesko", "'billige' (Danish: cheap) + 'sko' (Danish: shoes)")]
    [InlineData("zapatosespana", "'zapatos' (Spanish: shoes) + 'espana' (Spanish: Spain)")]
    [InlineData("shoes2024", "'shoes' (English: shoes) + '2024' (digits)")]
    public void Describe_NamesEveryPieceWithItsLanguageAndMeaning(string text, string expected)
    {
        Assert.True(Segmenter.IsSegmentable(text));
        Assert.Equal(expected, string.Join(" + ", Segmenter.Describe(text).Select(p => p.Description)));
    }

    [Theory]
    [InlineData("bootsuk", "'boots' (English: boots) + 'uk' (code of United Kingdom)")]
    [InlineData("runningdk", "'running' (English word) + 'dk' (code of Denmark)")]
    [InlineData("nzshops", "'nz' (code of New Zealand) + 'shops' (English: shops)")]
    [InlineData("phoutlet", "'ph' (code of Philippines) + 'outlet' (English: outlet)")]
    public void Describe_TwoLetterCodeWhereAMarketIsNamed_IsAPiece(string text, string expected)
    {
        Assert.True(Segmenter.IsSegmentable(text));
        Assert.Equal(expected, string.Join(" + ", Segmenter.Describe(text).Select(p => p.Description)));
    }

    [Theory]
    [InlineData("joysg")]       // a code after a word of three letters
    [InlineData("tiabi")]
    [InlineData("gsght")]
    public void IsSegmentable_TwoLetterCodeGluingShortPieces_False(string text) => Assert.False(Segmenter.IsSegmentable(text));

    [Theory]
    [InlineData("dfdgcm")]
    [InlineData("xqzt")]
    [InlineData("ht")]
    public void IsSegmentable_LettersNoEntryCovers_False(string text) => Assert.False(Segmenter.IsSegmentable(text));

    [Fact]
    public void Pieces_WithTheMarkForbidden_FindsTheReadingThatDoesWithoutIt()
    {
        // online reads as one word; with 'on' forbidden as a piece of its own, 'online' still covers it in one.
        Assert.Equal(1, Segmenter.Pieces("online", 0, 2));
        // ghdgold has no reading without 'ghd' as a piece.
        Assert.Equal(-1, Segmenter.Pieces("ghdgold", 0, 3));
    }

    [Fact]
    public void IsTradeOrPlaces_TradeWordsAndPlacesOnly()
    {
        var risky = new HashSet<string>(["my", "login"], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        Assert.True(Segmenter.IsTradeOrPlaces("chaussures", risky));
        Assert.True(Segmenter.IsTradeOrPlaces("my", risky));
        Assert.False(Segmenter.IsTradeOrPlaces("bicycle", risky));
    }

    [Theory]
    [InlineData("cloudsverige", true)]      // Swedish: Sweden
    [InlineData("runningshoes", true)]      // a selling word
    [InlineData("cloudskotilbud", true)]    // Danish: offer
    [InlineData("runningusa", true)]        // a country code as the last piece
    [InlineData("runningoutletuk", true)]   // outlet + uk, not out + letuk: of two readings as short, the one with trade words
    [InlineData("runningdk", true)]         // a two-letter code after an English word of five letters or more
    [InlineData("plegacy", false)]          // ... not after a five-letter word of another language's list (plega + cy)
    [InlineData("areteachers", false)]      // a code inside the reading (are) is chance
    [InlineData("catapult", false)]         // one ordinary word
    [InlineData("cloudgroup", false)]       // a corporate word is no market
    [InlineData("cloudlogin", false)]       // nor is a risky term: any web site uses it
    public void HasSellingOrPlace_AMarketPieceOfTheReading(string text, bool expected)
    {
        var risky = new HashSet<string>(["login", "online"], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        var corporate = new HashSet<string>(["group", "ag"], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        Assert.Equal(expected, Segmenter.HasSellingOrPlace(text, risky, corporate));
    }

    [Theory]
    [InlineData("sveriges", "'sveriges' (with an added 's': 'sverige' (Swedish: Sweden))")]
    [InlineData("runnings", "'runnings' (with an added 's': 'running' (English word))")]
    public void Describe_AWordWithAnAddedS_IsItsPluralOrGenitive(string text, string described)
    {
        Assert.Equal(1, Segmenter.Pieces(text));
        Assert.Equal(described, Assert.Single(Segmenter.Describe(text)).Description);
    }

    [Fact]
    public void Pieces_AnAddedSNeedsAStemOfFiveLetters() => Assert.Equal(-1, Segmenter.Pieces("zzzs"));
}
