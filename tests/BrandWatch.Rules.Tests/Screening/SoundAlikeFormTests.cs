using BrandWatch.Rules.Screening;
using static BrandWatch.Rules.Tests.Screening.ScreeningMarks;

namespace BrandWatch.Rules.Tests.Screening;

/// <summary>A number word of a name written as its digit, or a digit as its word (cars4sale for CARS FOR SALE).</summary>
public sealed class SoundAlikeFormTests
{
    private static readonly MarkIndex Index = MarkIndex.Build(
        [MarkOf("carsforsale", "CARSFORSALE.COM"), MarkOf("backtoschool", "Back to Schoolhouse"), MarkOf("get2work", "GET2WORK"), MarkOf("platformer", "PLATFORMER"),
         MarkOf("delta9", "DELTA 9"), MarkOf("seveneleven", "SEVEN ELEVEN")],
        ScreeningOptions.Default);

    private static DomainMatch? Match(string domain, string mark) => Index.Screen(domain).SingleOrDefault(m => m.Mark == mark);

    [Theory]
    [InlineData("carsforsale", "cars4sale")]
    [InlineData("backtoschoolhouse", "back2schoolhouse")]
    [InlineData("gofourthere", "go4there")]
    [InlineData("platformer", "plat4mer")]                   // a word's letters may spell 'for': harmless, the form is exact only
    [InlineData("get2work", "gettowork", "gettwowork")]     // a digit read aloud as its words
    [InlineData("forsale")]                                  // 'for' at the start has no word before it
    [InlineData("saleto")]                                   // nor 'to' at the end one after it
    [InlineData("a2b")]                                      // a digit between single letters is a code, not a word
    public void SoundAlikes_SwapANumberWordBetweenLettersForItsDigit(string label, params string[] expected) =>
        Assert.Equal(expected.Order(), MarkIndex.SoundAlikes(label).Distinct().Order());

    [Theory]
    [InlineData("cars4sale.com", "carsforsale", "'cars4sale' is 'cars4sale', 'CARSFORSALE.COM' with a number word and its digit swapped")]
    [InlineData("back2schoolhouse.net", "backtoschool", "'back2schoolhouse' is 'back2schoolhouse', 'Back to Schoolhouse' with a number word")]
    [InlineData("gettowork.com", "get2work", "'gettowork' is 'gettowork', 'GET2WORK' with a number word")]
    public void Screen_TheNameReadAloud_MatchesAsAReplacement(string domain, string mark, string explanation)
    {
        var match = Match(domain, mark);

        Assert.NotNull(match);
        Assert.Equal(MatchKind.Replacement, match.Kind);
        Assert.Equal(0.9, match.Similarity);
        Assert.StartsWith(explanation, match.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "delta", "9" }, new[] { "deltanine" })]
    [InlineData(new[] { "seven", "eleven" }, new[] { "7eleven", "seven11", "711" })]
    [InlineData(new[] { "forever", "21" }, new string[0])]  // past twenty, digits are how the name is said
    [InlineData(new[] { "alpha", "bravo" }, new string[0])]
    public void NumbersSpelledTheOtherWay_SwapsAWholeWordOfTheName(string[] words, string[] expected) =>
        Assert.Equal(expected, MarkIndex.NumbersSpelledTheOtherWay(words));

    [Theory]
    [InlineData("deltanine.ca", "delta9")]      // deltanine.ca, CIRA DCA-1980: DELTA 9 with its digit written out
    [InlineData("7eleven.com", "seveneleven")]
    public void Screen_ANumberOfTheNameWrittenTheOtherWay_MatchesAsAReplacement(string domain, string mark)
    {
        var match = Match(domain, mark);

        Assert.NotNull(match);
        Assert.Equal(MatchKind.Replacement, match.Kind);
        Assert.Contains("with a number word and its digit swapped", match.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("cars2sale.com", "carsforsale")]     // another digit, another word
    [InlineData("carsforsales.com", "carsforsale")]  // the mark's own plural is another rule's, not a sound-alike
    [InlineData("cars4sales.com", "carsforsale")]    // exact forms only: a sound-alike with a further change is no match of this rule
    public void Screen_OtherDigitsOrNoSwap_AreNoSoundAlike(string domain, string mark) =>
        Assert.NotEqual(MatchKind.Replacement, Match(domain, mark)?.Kind);
}
