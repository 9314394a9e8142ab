using BrandWatch.Rules.Screening;
using static BrandWatch.Rules.Tests.Screening.ScreeningMarks;

namespace BrandWatch.Rules.Tests.Screening;

/// <summary>The capitals of a name written with capitals inside its words, as a form of its own (otkp for Ou-ToKumPu).</summary>
public sealed class CapitalsFormTests
{
    private static readonly MarkIndex Index = MarkIndex.Build(
        [MarkOf("outokumpu", "Ou-ToKumPu"), MarkOf("airbnb", "AirBnB"), MarkOf("mcmaster", "McMASTER"), MarkOf("lovefresh", "LOVE FRESH SHOP")],
        ScreeningOptions.Default);

    private static DomainMatch? Match(string domain, string mark) => Index.Screen(domain).SingleOrDefault(m => m.Mark == mark);

    [Theory]
    [InlineData("Ou-ToKumPu", "otkp")]
    [InlineData("SoMeBrAnD", "smbad")]
    [InlineData("AirBnB", null)]          // three capitals are any company's initials (ABB)
    [InlineData("McMASTER", null)]        // a word in capitals is written whole, not syllable by syllable
    [InlineData("LOVE FRESH SHOP", null)] // capitals only: nothing marks syllables
    [InlineData("Love Fresh Shop Now", null)] // capital initials only
    public void CamelCapitals_ReadsTheCapitalsOfSyllables(string name, string? expected) =>
        Assert.Equal(expected, MarkIndex.CamelCapitals(name));

    [Theory]
    [InlineData("otkp-steel.com", "'otkp-steel' contains 'otkp', the capitals of 'Ou-ToKumPu' plus the word 'steel'")]
    [InlineData("otkp.com", "'otkp' is 'otkp', the capitals of 'Ou-ToKumPu'")]
    public void Screen_TheCapitalsOfACamelCaseName_MatchAsItsShorthand(string domain, string explanation)
    {
        var match = Match(domain, "outokumpu");

        Assert.NotNull(match);
        Assert.StartsWith(explanation, match.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("abb.com", "airbnb")]
    [InlineData("webwmmaster.com", "mcmaster")]
    public void Screen_NoCapitalsForm_NoMatch(string domain, string mark) => Assert.Null(Match(domain, mark));
}
