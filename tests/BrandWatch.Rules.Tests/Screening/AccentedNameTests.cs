using BrandWatch.Rules.Screening;
using static BrandWatch.Rules.Tests.Screening.ScreeningMarks;

namespace BrandWatch.Rules.Tests.Screening;

/// <summary>An internationalised name spelt with the mark's own accents is the mark, not a look-alike of its folded form.</summary>
public sealed class AccentedNameTests
{
    private static readonly MarkIndex Index = MarkIndex.Build([MarkOf("kettenzuege", "Kettenzüge"), MarkOf("socgen", "Société Générale")], ScreeningOptions.Default);

    private static DomainMatch? Match(string domain, string mark) => Index.Screen(domain).SingleOrDefault(m => m.Mark == mark);

    [Theory]
    [InlineData("xn--kettenzge-w9a.de", "kettenzuege", "kettenzüge")]
    [InlineData("kettenzüge.com", "kettenzuege", "kettenzüge")]
    [InlineData("sociétégénérale.fr", "socgen", "sociétégénérale")]
    [InlineData("kettenzuge.de", "kettenzuege", "kettenzuge")]
    [InlineData("kettenzuege.de", "kettenzuege", "kettenzuege")]
    public void Screen_TheMarksOwnSpelling_IsIdentical(string domain, string mark, string form)
    {
        var match = Match(domain, mark);

        Assert.NotNull(match);
        Assert.Equal(MatchKind.Identical, match.Kind);
        Assert.Equal(1.0, match.Similarity);
        Assert.Equal(form, match.LabelForm);
    }

    [Fact]
    public void Screen_AnotherAccent_StaysALookalike()
    {
        var match = Match("kettenzûge.de", "kettenzuege");

        Assert.NotNull(match);
        Assert.NotEqual(MatchKind.Identical, match.Kind);
        Assert.True(match.Similarity < 1.0);
    }
}
