using BrandWatch.Rules.Marks;
using BrandWatch.Rules.Screening;

namespace BrandWatch.Rules.Tests.Screening;

/// <summary>A one-word name in its other number as the whole label (WIPO Overview 3.0, 1.9): its singular, or its plural in 'es'.</summary>
public sealed class OwnNumberTests
{
    private static Mark MarkOf(string id, string name, bool genericWord = false, bool wellKnown = false) =>
        new() { Id = id, Name = name, Labels = MarkLabels.Derive(name, null), GenericWord = genericWord, WellKnown = wellKnown };

    private static readonly MarkIndex Index = MarkIndex.Build(
    [
        MarkOf("multitracks", "MULTITRACKS"), MarkOf("toolbrushes", "TOOLBRUSHES"), MarkOf("stopwatch", "STOPWATCH"),
        MarkOf("harvests", "HARVESTS", wellKnown: true), MarkOf("glasses", "GLASSES"), MarkOf("apples", "APPLES", genericWord: true),
        MarkOf("cars", "CARS"), MarkOf("boss", "BOSS"), MarkOf("zorvans", "ZORVANS"), MarkOf("trailpacks", "SHOE ZONE - TRAILPACKS"),
        MarkOf("toolthemes", "TOOLTHEMES"),
    ], ScreeningOptions.Default);

    [Theory]
    [InlineData("multitrack.com", "multitracks", "'multitrack' is 'multitrack', the singular of 'MULTITRACKS'")] // the variant reads as words
    [InlineData("multi-track.net", "multitracks", "'multi-track' is 'multitrack', the singular of 'MULTITRACKS', written with hyphens")]
    [InlineData("toolbrush.com", "toolbrushes", "'toolbrush' is 'toolbrush', the singular of 'TOOLBRUSHES'")] // the plural ending 'es' after sh
    [InlineData("tooltheme.com", "toolthemes", "'tooltheme' is 'tooltheme', the singular of 'TOOLTHEMES'")]
    [InlineData("stopwatches.com", "stopwatch", "'stopwatches' is 'stopwatches', the plural of 'STOPWATCH'")] // two letters more than the typo budget of a nine-letter name
    [InlineData("harvest.com", "harvests", "'harvest' is 'harvest', the singular of 'HARVESTS'")] // a well-known mark keeps the word's other number
    [InlineData("trailpack.com", "trailpacks", "'trailpack' is 'trailpack', the singular of 'SHOE ZONE - TRAILPACKS'")] // a part of a name written as several
    public void Screen_OneWordNameInItsOtherNumber_MatchesAsPlural(string domain, string mark, string explained)
    {
        var match = Index.Screen(domain).SingleOrDefault(m => m.Mark == mark);

        Assert.NotNull(match);
        Assert.Equal(MatchKind.Plural, match.Kind);
        Assert.Equal(0.9, match.Similarity);
        Assert.Equal(explained, match.Explanation);
    }

    [Theory]
    [InlineData("glass.com", "glasses")]             // a little-known mark that is an English word: its singular is the word in everyday use
    [InlineData("apple.com", "apples")]              // and so is a mark flagged as an ordinary word
    [InlineData("toolthem.com", "toolthemes")]       // 'es' is a plural ending only after s, x, z, ch or sh
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
