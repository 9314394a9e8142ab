using BrandWatch.Rules.Marks;
using BrandWatch.Rules.Screening;

namespace BrandWatch.Rules.Tests.Screening;

/// <summary>A one-word name in its other number as the whole label (WIPO Overview 3.0, 1.9): its singular, or its plural in 'es'.</summary>
public sealed class OwnNumberTests
{
    private static Mark MarkOf(string id, string name, bool genericWord = false) =>
        new() { Id = id, Name = name, Labels = MarkLabels.Derive(name, null), GenericWord = genericWord };

    private static readonly MarkIndex Index = MarkIndex.Build(
    [
        MarkOf("multitracks", "MULTITRACKS"), MarkOf("glasses", "GLASSES"), MarkOf("stopwatch", "STOPWATCH"), MarkOf("themes", "THEMES"),
        MarkOf("apples", "APPLES", genericWord: true), MarkOf("cars", "CARS"), MarkOf("boss", "BOSS"), MarkOf("zorvans", "ZORVANS"),
        MarkOf("shoezone", "SHOE ZONE - BACKPACKS"),
    ], ScreeningOptions.Default);

    [Theory]
    [InlineData("multitrack.com", "multitracks", "'multitrack' is 'multitrack', the singular of 'MULTITRACKS'")] // the variant reads as words
    [InlineData("multi-track.net", "multitracks", "'multi-track' is 'multitrack', the singular of 'MULTITRACKS', written with hyphens")]
    [InlineData("glass.com", "glasses", "'glass' is 'glass', the singular of 'GLASSES'")] // the plural ending 'es' after s
    [InlineData("theme.com", "themes", "'theme' is 'theme', the singular of 'THEMES'")]
    [InlineData("stopwatches.com", "stopwatch", "'stopwatches' is 'stopwatches', the plural of 'STOPWATCH'")] // two letters more than the typo budget of a nine-letter name
    [InlineData("apple.com", "apples", "'apple' is 'apple', the singular of 'APPLES'")] // an ordinary-word mark's own singular is no other word
    [InlineData("backpack.com", "shoezone", "'backpack' is 'backpack', the singular of 'SHOE ZONE - BACKPACKS'")] // a part of a name written as several
    public void Screen_OneWordNameInItsOtherNumber_MatchesAsPlural(string domain, string mark, string explained)
    {
        var match = Index.Screen(domain).SingleOrDefault(m => m.Mark == mark);

        Assert.NotNull(match);
        Assert.Equal(MatchKind.Plural, match.Kind);
        Assert.Equal(0.9, match.Similarity);
        Assert.Equal(explained, match.Explanation);
    }

    [Theory]
    [InlineData("them.com", "themes")]               // 'es' is a plural ending only after s, x, z, ch or sh
    [InlineData("car.com", "cars")]                  // three letters meet any label: short forms are met only as written
    [InlineData("bos.com", "boss")]                  // a final ss is no plural
    [InlineData("multitrackmixer.com", "multitracks")] // the other number of words is those words wherever they occur: the whole label only
    [InlineData("multitrace.com", "multitracks")]    // no typo of the singular: a variant of a variant is another word
    public void Screen_NearTheOtherNumber_NoMatch(string domain, string mark) =>
        Assert.DoesNotContain(Index.Screen(domain), m => m.Mark == mark);

    [Fact]
    public void Screen_FinalSThatLeavesNoWord_StaysTheTypoRulesOmission()
    {
        var match = Index.Screen("zorvan.com").SingleOrDefault(m => m.Mark == "zorvans");

        Assert.NotNull(match);
        Assert.Equal(MatchKind.Omission, match.Kind);
    }
}
