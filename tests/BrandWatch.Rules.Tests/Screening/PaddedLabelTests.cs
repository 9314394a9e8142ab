using BrandWatch.Rules.Screening;
using static BrandWatch.Rules.Tests.Screening.ScreeningMarks;

namespace BrandWatch.Rules.Tests.Screening;

/// <summary>A label filled out with one character typed over and over: the padding is no part of the name.</summary>
public sealed class PaddedLabelTests
{
    private static readonly MarkIndex Index = MarkIndex.Build([MarkOf("iqos", "IQOS"), MarkOf("paypal", "PayPal")], ScreeningOptions.Default);

    private static DomainMatch? Match(string domain, string mark) => Index.Screen(domain).SingleOrDefault(m => m.Mark == mark);

    [Theory]
    [InlineData("iiiiiiiiiitehraniqosiiiiiiiiii.com", "iqos", "'iiiiiiiiiitehraniqosiiiiiiiiii' contains 'iqos' plus the word 'tehran', filled out with one character typed over and over")]
    [InlineData("zzzziqos.com", "iqos", "'zzzziqos' contains 'iqos' plus nothing, filled out with one character typed over and over")]
    [InlineData("paypal0000.com", "paypal", "'paypal0000' contains 'paypal' plus nothing, filled out")]
    public void Screen_AMarkBesidePadding_StandsAtTheLabelsEdge(string domain, string mark, string explanation)
    {
        var match = Match(domain, mark);

        Assert.NotNull(match);
        Assert.Equal(MatchKind.Combosquat, match.Kind);
        Assert.StartsWith(explanation, match.Explanation, StringComparison.Ordinal);
        Assert.DoesNotContain(match.AddedWords, w => w.Distinct().Count() == 1 && w.Length >= 4);
    }

    [Theory]
    [InlineData("wwwpaypal.com", "paypal", "'www' glued on")]        // three letters make words and codes of their own
    [InlineData("xxxpaypalxxx.com", "paypal", "the words 'xxx', 'xxx'")]
    public void Screen_ThreeOfALetter_StayAWord(string domain, string mark, string explanation)
    {
        var match = Match(domain, mark);

        Assert.NotNull(match);
        Assert.Contains(explanation, match.Explanation, StringComparison.Ordinal);
        Assert.DoesNotContain("typed over and over", match.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("iiiiiiiiiitehranfiqosa.com", "tehranfiqosa.com")] // the short mark stays amid letters that are no words
    [InlineData("aaaaiqosmetic.com", "iqosmetic.com")]
    [InlineData("paypalsecure9999.com", "paypalsecure.com")]
    public void Screen_APaddedLabel_ScreensAsTheLabelWithoutItsPadding(string padded, string plain)
    {
        var withPadding = Match(padded, padded.Contains("paypal", StringComparison.Ordinal) ? "paypal" : "iqos");
        var without = Match(plain, plain.Contains("paypal", StringComparison.Ordinal) ? "paypal" : "iqos");

        Assert.Equal(without?.Kind, withPadding?.Kind);
        Assert.Equal(without?.AddedWords, withPadding?.AddedWords);
    }
}
