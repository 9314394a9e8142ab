using BrandWatch.Rules.Screening;
using static BrandWatch.Rules.Tests.Screening.ScreeningMarks;

namespace BrandWatch.Rules.Tests.Screening;

/// <summary>A name written with ae, oe and ue, screened in the German letters they stand for (schlüsselbänder for SCHLUESSELBAENDER).</summary>
public sealed class UmlautFormTests
{
    private static readonly MarkIndex Index = MarkIndex.Build(
        [MarkOf("schluessel", "SCHLUESSELBAENDER"), MarkOf("kuehne", "KUEHNE NAGEL")],
        ScreeningOptions.Default);

    [Theory]
    [InlineData("schluesselbaender", "schlüsselbänder")]
    [InlineData("kuehnenagel", "kühnenagel")]
    [InlineData("goethe", "göthe")]
    [InlineData("queen", null)]        // a 'ue' after 'q' spells no umlaut
    [InlineData("paypal", null)]
    public void UmlautsWrittenIn_WritesEachPairAsItsLetter(string label, string? expected) =>
        Assert.Equal(expected, MarkIndex.UmlautsWrittenIn(label));

    [Theory]
    [InlineData("xn--schlsselbnder-jfb86a.de", "schluessel")]  // schlüsselbänder.de, OLG Köln 6 U 39/05
    [InlineData("xn--khnenagel-q9a.com", "kuehne")]
    public void Screen_TheNameInItsGermanLetters_MatchesAsTheName(string domain, string mark)
    {
        var match = Index.Screen(domain).Single(m => m.Mark == mark);

        Assert.Equal(MatchKind.Identical, match.Kind);
        Assert.Equal(0.95, match.Similarity);
        Assert.Contains("written as the German letters", match.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Screen_TheUmlautFormInsideALongerLabel_IsNotLookedFor()
    {
        // schlüsselbändershop.de: the form is met only as the whole label, as the name's other shorthands are.
        var matches = Index.Screen("xn--schlsselbndershop-yqb46b.de");

        Assert.DoesNotContain(matches, m => m.Explanation.Contains("written as the German letters", StringComparison.Ordinal));
    }
}
