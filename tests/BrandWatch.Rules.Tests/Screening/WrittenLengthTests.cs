using BrandWatch.Rules.Screening;
using static BrandWatch.Rules.Tests.Screening.ScreeningMarks;

namespace BrandWatch.Rules.Tests.Screening;

/// <summary>
/// A mark's length, for the rules that ask more of a slip of a short mark, is its length as written (session 25): a
/// seven-letter mark whose look-alike key merges two letters (rn as m, cl as d, vv as w) is not a six-letter mark.
/// </summary>
public sealed class WrittenLengthTests
{
    private static readonly MarkIndex Index = MarkIndex.Build(
    [
        MarkOf("pornhub", "PORNHUB"), MarkOf("clarins", "CLARINS"), MarkOf("dropbox", "DROPBOX"), MarkOf("corny", "CORNY"),
    ], ScreeningOptions.Default);

    private static DomainMatch? Match(string domain, string mark) => Index.Screen(domain).SingleOrDefault(m => m.Mark == mark);

    [Theory]
    [InlineData("ponhub.com", "pornhub", "'ponhub' imitates 'pornhub': omitted 'r' at position 3")]
    [InlineData("pornub.com", "pornhub", "'pornub' imitates 'pornhub': omitted 'h' at position 5")]
    [InlineData("prnhub.com", "pornhub", "'prnhub' imitates 'pornhub': omitted 'o' at position 2")]
    [InlineData("clrins.com", "clarins", "'clrins' imitates 'clarins': omitted 'a' at position 3")]
    public void Screen_SlipOfASevenLetterMarkWithMergedLetters_MatchesAsTheSevenLetterMarkItIs(string domain, string mark, string explained)
    {
        var match = Match(domain, mark);
        Assert.NotNull(match);
        Assert.Equal(MatchKind.Omission, match.Kind);
        Assert.Equal(explained, match.Explanation);
    }

    [Fact]
    public void Screen_SlipsOfMarksWithAndWithoutMergedLetters_ScoreAlike()
    {
        // pornhub and dropbox are both seven letters: a letter left out is the same share of each.
        var merged = Match("pornub.com", "pornhub");
        var plain = Match("dropbx.com", "dropbox");
        Assert.NotNull(merged);
        Assert.NotNull(plain);
        Assert.Equal(plain.Similarity, merged.Similarity, 2);
    }

    [Fact]
    public void Screen_SlipOfAFiveLetterMark_StillNeedsTheShortMarkEvidence()
    {
        // CORNY is five letters as written: a letter left out of an English word this short is another word's business.
        Assert.Null(Match("cony.com", "corny"));
    }
}
