using BrandWatch.Rules.Screening;
using static BrandWatch.Rules.Tests.Screening.ScreeningMarks;

namespace BrandWatch.Rules.Tests.Screening;

/// <summary>A dot left out glues an ending on after the mark or the web's prefix before it, never an ending before it.</summary>
public sealed class GluedEndingTests
{
    private static readonly MarkIndex Index = MarkIndex.Build([MarkOf("star", "STAR"), MarkOf("work", "WORK"), MarkOf("quorvexa", "QUORVEXA")], ScreeningOptions.Default);

    private static DomainMatch? Match(string domain, string mark) => Index.Screen(domain).SingleOrDefault(m => m.Mark == mark);

    [Theory]
    [InlineData("quorvexacom.net", "quorvexa")]
    [InlineData("quorvexa-com.info", "quorvexa")]
    [InlineData("wwwquorvexa.com", "quorvexa")]
    [InlineData("starcom.net", "star")]
    [InlineData("workinfo.org", "work")]
    public void Screen_AnEndingAfterTheMarkOrTheWebPrefixBeforeIt_IsGlued(string domain, string mark)
    {
        var match = Match(domain, mark);

        Assert.NotNull(match);
        Assert.Equal(MatchKind.TldGlued, match.Kind);
        Assert.Contains("glued on in place of a dot", match.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("costar.com", "star")]       // an ordinary word, not CO + STAR
    [InlineData("network.kz", "work")]       // not NET + WORK
    [InlineData("comquorvexa.net", "quorvexa")]
    public void Screen_AnEndingBeforeTheMark_IsNoGluedAddress(string domain, string mark)
    {
        Assert.NotEqual(MatchKind.TldGlued, Match(domain, mark)?.Kind);
    }
}
