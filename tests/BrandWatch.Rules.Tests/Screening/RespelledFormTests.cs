using BrandWatch.Rules.Screening;
using static BrandWatch.Rules.Tests.Screening.ScreeningMarks;

namespace BrandWatch.Rules.Tests.Screening;

/// <summary>A name spelt as it sounds (netfliks for NETFLIX): one English spelling of a sound written another way.</summary>
public sealed class RespelledFormTests
{
    private static readonly MarkIndex Index = MarkIndex.Build(
        [MarkOf("quorflix", "QUORFLIX"), MarkOf("photovexa", "PHOTOVEXA"), MarkOf("vexacorta", "VEXACORTA")],
        ScreeningOptions.Default);

    private static DomainMatch? Match(string domain, string mark) => Index.Screen(domain).SingleOrDefault(m => m.Mark == mark);

    [Theory]
    [InlineData("quorflix", "quorfliks", "kworflix")]         // x as ks, qu as kw
    [InlineData("photovexa", "fotovexa", "photoveksa")]        // ph as f, and the x
    [InlineData("vexacorta", "veksacorta", "vexakorta")]       // a hard c as k
    [InlineData("xandrovo")]                                   // a first x sounds z
    [InlineData("vicelano")]                                   // a soft c keeps its sound
    [InlineData("quorck", "quork", "kworck")]                  // ck as k (the c before k is no hard c of its own), qu as kw
    [InlineData("xeno")]                                       // four letters: a short name keeps its letters
    public void Respellings_SwapOneSpellingOfASound(string label, params string[] expected) =>
        Assert.Equal(expected.Order(), MarkIndex.Respellings(label).Distinct().Order());

    [Theory]
    [InlineData("quorfliks.com", "quorflix", "'quorfliks' is 'quorfliks', 'QUORFLIX' spelt another way that reads the same aloud")]
    [InlineData("fotovexa-login.net", "photovexa", "fotovexa")]
    public void Screen_TheNameSpeltAsItSounds_Matches(string domain, string mark, string explained)
    {
        var match = Match(domain, mark);

        Assert.NotNull(match);
        Assert.Contains(explained, match.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Screen_ALookAlikeOfARespelling_IsTwoStepsFromTheNameAndNoMatchOfThisRule()
    {
        var match = Match("quorf1iks.com", "quorflix");

        Assert.True(match is null || !match.Explanation.Contains("reads the same aloud", StringComparison.Ordinal));
    }
}
