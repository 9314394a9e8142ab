using BrandWatch.Rules.Screening;
using static BrandWatch.Rules.Tests.Screening.ScreeningMarks;

namespace BrandWatch.Rules.Tests.Screening;

/// <summary>
/// A name of two or three words joined by linking words (of, de, by …) is also screened in its own order without them
/// (universitypatanjali for UNIVERSITY OF PATANJALI), as its reordered forms already were.
/// </summary>
public sealed class WithoutLinkWordsTests
{
    private static readonly MarkIndex Index = MarkIndex.Build(
    [
        MarkOf("patanjali", "UNIVERSITY OF PATANJALI"), MarkOf("degree", "90o DEGREE BY REFLEX"), MarkOf("beers", "DE BEERS"),
        MarkOf("bde", "BANCO DE ESPAÑA"),
    ], ScreeningOptions.Default);

    private static DomainMatch? Match(string domain, string mark) => Index.Screen(domain).SingleOrDefault(m => m.Mark == mark);

    [Fact]
    public void Screen_TheNameWithoutItsLinkingWord_IsTheName()
    {
        var match = Match("universitypatanjali.com", "patanjali");

        Assert.NotNull(match);
        Assert.Equal(MatchKind.Identical, match.Kind);
        Assert.Equal(0.95, match.Similarity);
        Assert.Equal("'universitypatanjali' is 'universitypatanjali', 'UNIVERSITY OF PATANJALI' without its linking words on .com", match.Explanation);
    }

    [Fact]
    public void Screen_BySetsASubBrandApart_AndIsDroppedToo()
    {
        // the panel's 90degreereflex.com: 'by' dropped, and the name's '90o' written '90'
        var match = Match("90degreereflex.com", "degree");

        Assert.NotNull(match);
        Assert.Equal(MatchKind.Omission, match.Kind);
        Assert.Equal("90odegreereflex", match.LabelForm);
        Assert.Equal("'90degreereflex' imitates '90odegreereflex', '90o DEGREE BY REFLEX' without its linking words: omitted 'o' at position 3", match.Explanation);
    }

    [Theory]
    [InlineData("bancoespana.es")]
    [InlineData("xn--bancoespaa-19a.com.es")]
    public void Screen_TheWholeNameWithoutItsLinkingWord_KeepsItsCorporateWord(string domain)
    {
        // bancoespaña.com.es (WIPO, .es): 'banco' is a corporate word, so the distinctive words alone are one place; the
        // name as written, without its 'de', is still the name.
        var match = Match(domain, "bde");

        Assert.NotNull(match);
        Assert.Equal("bancoespana", match.LabelForm);
        Assert.Contains("without its linking words", match.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Screen_ASlipOfTheWholeNameWithoutItsLinkingWord_IsNotMatched() =>
        Assert.Null(Match("bancoesapna.es", "bde")); // exact only: two letters swapped are not read as the name

    [Theory]
    [InlineData("beers.com", "beers")]              // a leading link word leaves one word, which is no name of two
    [InlineData("universityof.com", "patanjali")]   // the words of the name are what is kept, not the link word
    public void Screen_WhatIsLeftIsNotTheName_NoMatch(string domain, string mark) => Assert.Null(Match(domain, mark));
}
