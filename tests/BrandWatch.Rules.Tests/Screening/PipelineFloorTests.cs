using BrandWatch.Rules.Marks;
using BrandWatch.Rules.Scoring.Configuration;
using BrandWatch.Rules.Screening;

namespace BrandWatch.Rules.Tests.Screening;

/// <summary>
/// Matches the pipeline keeps at the shipped rules file's similarity floor (0.75), not only at the library's 0.3:
/// the mark standing letter for letter in an IDN label, a look-alike that reads as the mark inside a combination,
/// and a named slip of the mark beside words (issue 13).
/// </summary>
public sealed class PipelineFloorTests
{
    private static Mark MarkOf(string name) => new() { Id = name.ToLowerInvariant(), Name = name, Labels = MarkLabels.Derive(name, null) };

    private static readonly ScreeningOptions Pipeline = RuleSetJson.Default.Screening.ToOptions();

    private static readonly MarkIndex Index = MarkIndex.Build(
        [MarkOf("MIZUNO"), MarkOf("HOGAN"), MarkOf("INSPIRA"), MarkOf("CLOPAY"), MarkOf("UMICORE"), MarkOf("GALLERY")], Pipeline);

    [Fact]
    public void Floor_IsTheShippedRulesFile()
    {
        Assert.Equal(0.75, Pipeline.MinSimilarity);
    }

    [Theory]
    [InlineData("mizunomagyarország.com", "mizuno", "'mizunomagyarország' contains 'mizuno' plus")]
    [InlineData("xn--hoganmagyarorszg-tmb.com", "hogan", "'hoganmagyarország' contains 'hogan' plus")]
    [InlineData("lnspiramarketing.com", "inspira", "'lnspiramarketing' contains 'lnspira', which looks like 'inspira', plus the word 'marketing'")]
    [InlineData("cloplaydoors.com", "clopay", "'cloplaydoors' reads as 'cloplay' (a typo of 'clopay'")]
    [InlineData("eu-umcore.com", "umicore", "'eu-umcore' contains 'umcore', a typo of 'umicore' (omitted 'i' at position 3)")]
    public void Screen_AtThePipelineFloor_KeepsTheMatch(string domain, string mark, string explained)
    {
        var match = Index.Screen(domain).SingleOrDefault(m => m.Mark == mark);
        Assert.NotNull(match);
        Assert.Equal(MatchKind.Combosquat, match.Kind);
        Assert.StartsWith(explained, match.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("3d-galleru.ru", "gallery")]    // a typo of a little-known mark that is an English word, beside words, is a typo of the word
    [InlineData("mizunx-magyar.com", "mizuno")] // no mark letter for letter, and not a named slip beside a risky word
    public void Screen_AtThePipelineFloor_NoMatch(string domain, string mark) =>
        Assert.DoesNotContain(Index.Screen(domain), m => m.Mark == mark);
}
