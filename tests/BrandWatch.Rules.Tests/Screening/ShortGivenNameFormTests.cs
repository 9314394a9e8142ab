using BrandWatch.Rules.Screening;
using static BrandWatch.Rules.Tests.Screening.ScreeningMarks;

namespace BrandWatch.Rules.Tests.Screening;

/// <summary>A name of two words with its first name cut short as people shorten it (pamanderson for PAMELA ANDERSON).</summary>
public sealed class ShortGivenNameFormTests
{
    private static readonly MarkIndex Index = MarkIndex.Build(
        [MarkOf("pamela", "PAMELA ANDERSON"), MarkOf("general", "GENERAL MOTORS"), MarkOf("paris", "PARIS HILTON"), MarkOf("kevin", "KEVIN SPACEY THEATRE")],
        ScreeningOptions.Default);

    private static DomainMatch? Match(string domain, string mark) => Index.Screen(domain).SingleOrDefault(m => m.Mark == mark);

    [Theory]
    [InlineData("pamanderson.com")]   // pamanderson.com, WIPO D2010-1144: PAM read as PAMELA
    [InlineData("pameanderson.net")]
    public void Screen_TheFirstNameCutShort_MatchesAsTheName(string domain)
    {
        var match = Match(domain, "pamela");

        Assert.NotNull(match);
        Assert.Equal(MatchKind.Identical, match.Kind);
        Assert.Equal(0.95, match.Similarity);
        Assert.Contains("first name cut short", match.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("genmotors.com", "general")]        // an ordinary first word is no given name
    [InlineData("parhilton.com", "paris")]          // nor is a place
    [InlineData("kevspacey.com", "kevin")]          // a name of three words is no given name and surname
    [InlineData("pamandersonfans.com", "pamela")]   // the shorthand is met only as the whole label
    [InlineData("panderson.com", "pamela")]         // three letters at least
    public void Screen_NoGivenNameOrNotTheWholeLabel_IsNoShortenedName(string domain, string mark) =>
        Assert.DoesNotContain("first name cut short", Match(domain, mark)?.Explanation ?? string.Empty, StringComparison.Ordinal);
}
