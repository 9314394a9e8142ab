using BrandWatch.Rules.Screening;
using static BrandWatch.Rules.Tests.Screening.ScreeningMarks;

namespace BrandWatch.Rules.Tests.Screening;

/// <summary>
/// A name of two words is also screened the other way round with 'of' between them (universityofoxford for OXFORD
/// UNIVERSITY), as English says it; the form is matched exactly, never as a typo's target.
/// </summary>
public sealed class ReorderedWithOfTests
{
    private static readonly MarkIndex Index = MarkIndex.Build(
    [
        MarkOf("oxford", "OXFORD UNIVERSITY"), MarkOf("patanjali", "UNIVERSITY OF PATANJALI"), MarkOf("zorvex", "ZORVEX"),
    ], ScreeningOptions.Default);

    private static DomainMatch? Match(string domain, string mark) => Index.Screen(domain).SingleOrDefault(m => m.Mark == mark);

    [Fact]
    public void Screen_TheWordsTheOtherWayRoundWithOf_AreTheWordsReordered()
    {
        var match = Match("universityofoxford.com", "oxford");

        Assert.NotNull(match);
        Assert.Equal(MatchKind.ReorderedWords, match.Kind);
        Assert.Equal(0.85, match.Similarity);
        Assert.Equal("'universityofoxford' is 'universityofoxford', the words of 'OXFORD UNIVERSITY' the other way round with 'of' between them", match.Explanation);
    }

    [Fact]
    public void Screen_TheFormHyphenated_IsItsHyphenation()
    {
        var match = Match("university-of-oxford.com", "oxford");

        Assert.NotNull(match);
        Assert.Equal(MatchKind.Hyphenation, match.Kind);
        Assert.Equal("universityofoxford", match.LabelForm);
    }

    [Theory]
    [InlineData("universityofoxfort.com", "oxford")]    // exact only: a slip of the reordered form is too far from the name
    [InlineData("oxfordofuniversity.com", "oxford")]    // the name's own order with 'of' inside is no way of saying it
    [InlineData("patanjaliofuniversity.com", "patanjali")] // a name that already has its 'of' is not turned round again
    [InlineData("ofzorvex.com", "zorvex")]               // a one-word name has no other way round
    public void Screen_NotTheNameTheOtherWayRound_NoSuchForm(string domain, string mark) =>
        Assert.NotEqual(MatchKind.ReorderedWords, Match(domain, mark)?.Kind);
}
