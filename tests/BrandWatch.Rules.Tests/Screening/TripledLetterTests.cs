using BrandWatch.Rules.Screening;
using static BrandWatch.Rules.Tests.Screening.ScreeningMarks;

namespace BrandWatch.Rules.Tests.Screening;

/// <summary>A letter typed once too often read as the slip of the hand it is: three times anywhere in the name (onrunnning-usa), or the mark's own first or last letter doubled (belll).</summary>
public sealed class TripledLetterTests
{
    private static readonly MarkIndex Index = MarkIndex.Build([MarkOf("on", "ON"), MarkOf("google", "GOOGLE"), MarkOf("lectric", "LECTRIC")], ScreeningOptions.Default);

    private static DomainMatch? Match(string domain, string mark) => Index.Screen(domain).SingleOrDefault(m => m.Mark == mark);

    [Theory]
    [InlineData("onrunning-usa.com", null)]
    [InlineData("onrunnning-usa.com", "onrunning-usa.com")]
    [InlineData("gooogleshoppp.net", "googleshopp.net")]
    public void WithoutTripledLetter_WritesEachRunTwice(string domain, string? expected) =>
        Assert.Equal(expected, MarkIndex.WithoutTripledLetter(domain));

    [Theory]
    [InlineData("onrunnning-usa.com", "on", "'onrunnning-usa' read with its tripled letter written twice, a slip of the hand: 'onrunning-usa' reads as 'on' (ON) + 'running' (English word)")]
    [InlineData("mygooogleshop.com", "google", "'mygooogleshop' read with its tripled letter written twice, a slip of the hand: 'mygoogleshop' contains 'google' plus the words 'my', 'shop'")]
    public void Screen_ATripledLetterInTheName_IsReadAsASlip(string domain, string mark, string explanation)
    {
        var match = Match(domain, mark);

        Assert.NotNull(match);
        Assert.Equal(domain, match.Domain);
        Assert.StartsWith(explanation, match.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("gooogle.com", "google")] // a typo of the mark itself is the typo rule's: a repetition, no slip to read
    public void Screen_TypoOfTheMarkItself_KeepsItsOwnKind(string domain, string mark) =>
        Assert.Equal(MatchKind.Repetition, Match(domain, mark)?.Kind);

    [Fact]
    public void Screen_ThreeLikeLettersAcrossTwoWords_AreNoSlip() =>
        Assert.Null(Match("willowtreeelectrical.com", "lectric")); // tree + electrical

    [Theory]
    [InlineData("belll.ca", "bell", "repeated 'l' at position 3")]
    [InlineData("bbell.com", "bell", "repeated 'b' at position 1")]
    [InlineData("clearchannell.com", "clearchannel", "repeated 'l' at position 12")]
    public void Screen_TheMarkWithItsFirstOrLastLetterTypedAgain_IsARepetitionNotAOneLetterWord(string domain, string mark, string edit)
    {
        var index = MarkIndex.Build([MarkOf("bell", "BELL"), MarkOf("clearchannel", "CLEAR CHANNEL")], ScreeningOptions.Default);

        var match = Assert.Single(index.Screen(domain), m => m.Mark == mark);

        Assert.Equal(MatchKind.Repetition, match.Kind);
        Assert.Empty(match.AddedWords);
        Assert.EndsWith(edit, match.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Screen_AnotherSingleLetterAfterTheMark_StaysAnAddedWord()
    {
        var index = MarkIndex.Build([MarkOf("bell", "BELL")], ScreeningOptions.Default);

        Assert.NotEqual(MatchKind.Repetition, Assert.Single(index.Screen("bellx.com"), m => m.Mark == "bell").Kind);
    }
}

