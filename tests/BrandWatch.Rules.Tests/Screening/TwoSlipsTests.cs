using BrandWatch.Rules.Screening;
using static BrandWatch.Rules.Tests.Screening.ScreeningMarks;

namespace BrandWatch.Rules.Tests.Screening;

/// <summary>
/// A coined single-word mark of eight letters or more typed with two slips of the hand into letters that mean nothing
/// (session 14): matched at a typo's similarity, where two unrelated edits of a mark under ten letters are not.
/// </summary>
public sealed class TwoSlipsTests
{
    private static readonly MarkIndex Index = MarkIndex.Build(
    [
        MarkOf("sketchup", "SKETCHUP"), MarkOf("notebook", "NOTEBOOK"), MarkOf("redhouse", "REDHOUSE"), MarkOf("velmira", "VELMIRA ZO"),
        MarkOf("epionce", "EPIONCE"),
    ], ScreeningOptions.Default with { MinSimilarity = 0.75 });

    private static DomainMatch? Match(string domain, string mark) => Index.Screen(domain).SingleOrDefault(m => m.Mark == mark);

    [Theory]
    [InlineData("sktecnup.com", "'sktecnup' imitates 'sketchup': swapped 'e' and 't' at position 3 and replaced 'h' with 'n' at position 6 (adjacent keys) (two slips of a typing hand, and neither 'sktecnup' nor the mark is a word, name or place in any language the screener knows: the variant points only at the mark)")]
    [InlineData("skettchpu.net", "'skettchpu' imitates 'sketchup': repeated 't' at position 4 and swapped 'u' and 'p' at position 8 (two slips of a typing hand")]
    public void Screen_TwoSlipsOfALongCoinedMark_MatchAboveThePipelineFloor(string domain, string explained)
    {
        var match = Match(domain, "sketchup");
        Assert.NotNull(match);
        Assert.Equal(MatchKind.EditDistance, match.Kind);
        Assert.StartsWith(explained, match.Explanation, StringComparison.Ordinal);
        Assert.True(match.Similarity >= 0.75, $"{match.Similarity}");
    }

    [Theory]
    [InlineData("skatchip.com", "sketchup")]   // two vowel swaps: how other names differ, not slips of the hand
    [InlineData("sktechp.com", "sketchup")]    // a swap and a letter left out: a letter of the mark lost
    [InlineData("ntoebpok.com", "notebook")]   // the mark is an English word
    [InlineData("rdehosue.com", "redhouse")]   // the mark is a run of words
    [InlineData("vlemirazp.com", "velmira")]   // the mark is a name of two words
    [InlineData("pieonec.com", "epionce")]     // seven letters take one edit only
    public void Screen_TwoEditsWithoutTheEvidence_NoMatch(string domain, string mark) => Assert.Null(Match(domain, mark));

    [Theory]
    [InlineData("sktecnup", "sketchup", true)]    // a swap and a neighbouring key instead of the right one
    [InlineData("skettchpu", "sketchup", true)]   // a doubled letter and a swap
    [InlineData("skechupp", "sketchup", false)]   // a letter left out that is no double
    [InlineData("skatchip", "sketchup", false)]   // two vowels changed
    [InlineData("sketcnup", "sketchup", false)]   // one slip only
    [InlineData("balloun", "balloon", false)]     // one edit
    [InlineData("baloonx", "balloon", false)]     // a double undone and a letter added that is no neighbour
    [InlineData("sktechhup", "sketchup", true)]   // a swap and a letter doubled
    public void IsTwoSlips_NamesExactlyTwoSlipsOfTheHand(string candidate, string form, bool expected) =>
        Assert.Equal(expected, TypoClassifier.IsTwoSlips(candidate, form));
}
