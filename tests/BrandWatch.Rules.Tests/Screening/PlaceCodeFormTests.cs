using BrandWatch.Rules.Screening;
using static BrandWatch.Rules.Tests.Screening.ScreeningMarks;

namespace BrandWatch.Rules.Tests.Screening;

/// <summary>A country, state or province of a name written as its code (nzpost for NEW ZEALAND POST).</summary>
public sealed class PlaceCodeFormTests
{
    private static readonly MarkIndex Index = MarkIndex.Build(
        [MarkOf("nzpost", "New Zealand Post"), MarkOf("lsbc", "Law Society of British Columbia"), MarkOf("nyt", "THE NEW YORK TIMES"),
         MarkOf("boi", "BANK OF INDIA"), MarkOf("switzerland", "SWITZERLAND"), MarkOf("nsw", "NEW SOUTH WALES TRAINS")],
        ScreeningOptions.Default);

    private static DomainMatch? Match(string domain, string mark) => Index.Screen(domain).SingleOrDefault(m => m.Mark == mark);

    [Theory]
    [InlineData(new[] { "new", "zealand", "post" }, new[] { "nzpost", "nzlpost" })]
    [InlineData(new[] { "neuseeland", "post" }, new[] { "nzpost", "nzlpost" })]                 // the country's name in another language
    [InlineData(new[] { "law", "society", "of", "british", "columbia" }, new[] { "lawsocietyofbc" })]
    [InlineData(new[] { "new", "york", "times" }, new[] { "nytimes" })]
    [InlineData(new[] { "switzerland" }, new string[0])]                                        // a name that is only a place shortens to nothing of its own
    [InlineData(new[] { "alpha", "bravo" }, new string[0])]
    public void NamesWithPlaceCodes_WriteEachPlaceOfTheNameAsItsCodes(string[] words, string[] expected) =>
        Assert.Equal(expected, PlaceCodes.NamesWithPlaceCodes(words, Lexicon.Default));

    [Theory]
    [InlineData("nzpost.com", "nzpost")]                // New Zealand Post Ltd v. Leng, High Court of New Zealand, 1998
    [InlineData("lawsocietyofbc.ca", "lsbc")]           // Law Society of British Columbia v. Canada Domain Name Exchange, 2004 BCSC 1102
    [InlineData("nytimes.net", "nyt")]                  // the name without its article, with the state's code
    [InlineData("nswtrains.com", "nsw")]                // a three-letter code (AU-NSW)
    public void Screen_APlaceOfTheNameWrittenAsItsCode_MatchesAsTheName(string domain, string mark)
    {
        var match = Match(domain, mark);

        Assert.NotNull(match);
        Assert.Equal(MatchKind.Identical, match.Kind);
        Assert.Equal(0.95, match.Similarity);
        Assert.Contains("with its place's name written as the place's code", match.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("bankofinance.com", "boi")]   // a coded form is met only as the whole label: bankofin begins other words
    [InlineData("nzpostt.com", "nzpost")]     // ... and only as written: no typo of a shorthand
    [InlineData("ch.com", "switzerland")]
    public void Screen_ACodedFormInsideOrBesideOtherLetters_IsNoPlaceCodeMatch(string domain, string mark) =>
        Assert.DoesNotContain("place's code", Match(domain, mark)?.Explanation ?? string.Empty, StringComparison.Ordinal);
}
