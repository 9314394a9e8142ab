using BrandWatch.Rules.Marks;
using BrandWatch.Rules.Screening;

namespace BrandWatch.Rules.Tests.Screening;

/// <summary>A letter typed on the key that holds it in another layout (y/z on QWERTZ, w/z on AZERTY) is a named replacement.</summary>
public sealed class KeyboardLayoutTypoTests
{
    private static readonly MarkIndex Index = MarkIndex.Build(
        [new Mark { Id = "pixabay", Name = "PIXABAY", Labels = MarkLabels.Derive("PIXABAY", null) },
         new Mark { Id = "woltrax", Name = "WOLTRAX", Labels = MarkLabels.Derive("WOLTRAX", null) }],
        ScreeningOptions.Default);

    [Theory]
    [InlineData("pixabaz.com", "pixabay", "'pixabaz' imitates 'pixabay': replaced 'y' with 'z' at position 7 (the same key on another keyboard layout)")]
    [InlineData("zoltrax.net", "woltrax", "'zoltrax' imitates 'woltrax': replaced 'w' with 'z' at position 1 (the same key on another keyboard layout)")]
    public void Screen_KeyOfAnotherLayout_IsANamedReplacement(string domain, string mark, string explained)
    {
        var match = Assert.Single(Index.Screen(domain), m => m.Mark == mark);
        Assert.Equal(MatchKind.Replacement, match.Kind);
        Assert.Equal(explained, match.Explanation);
    }

    [Fact]
    public void Screen_UnrelatedReplacementOfASevenLetterMark_NoMatch()
    {
        // p for y is neither a neighbouring key, nor a layout twin, nor a look-alike: a seven-letter mark allows one named typo only.
        Assert.DoesNotContain(Index.Screen("pixabap.com"), m => m.Mark == "pixabay");
    }
}
