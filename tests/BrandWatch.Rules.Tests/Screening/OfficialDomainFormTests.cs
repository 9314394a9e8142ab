using BrandWatch.Rules.Screening;
using static BrandWatch.Rules.Tests.Screening.ScreeningMarks;

namespace BrandWatch.Rules.Tests.Screening;

/// <summary>The label of the owner's own domain name, when it is no form of the name, screened as a form of the mark.</summary>
public sealed class OfficialDomainFormTests
{
    private static readonly MarkIndex Index = MarkIndex.Build(
        [MarkOf("qvd", "Quorvexa Verband Deutschland") with { OfficialDomains = ["qvdirekt.de", "zörbelwerk.de"] },
         MarkOf("zelmo", "ZELMO") with { OfficialDomains = ["zelmo.com", "shopnow.com", "qv.de", "berlin.de"] }],
        ScreeningOptions.Default);

    private static DomainMatch? Match(string domain, string mark) => Index.Screen(domain).SingleOrDefault(m => m.Mark == mark);

    [Theory]
    [InlineData("qvdirekt.com", MatchKind.TldSwap)]       // the owner's own name on another suffix
    [InlineData("qv-direkt.de", MatchKind.Hyphenation)]   // alternativ-fuer.de for alternativefuer.de: the owner's address with a hyphen
    [InlineData("qvdirekkt.de", MatchKind.Repetition)]    // a slip typing the owner's address
    [InlineData("zoerbelwerk.com", MatchKind.TldSwap)]     // an internationalised address with its umlaut spelt out
    [InlineData("zorbelwerk.com", MatchKind.TldSwap)]      // ... or folded, never its Punycode
    public void Screen_TheOwnersAddressOrASlipTypingIt_Matches(string domain, MatchKind kind)
    {
        var match = Match(domain, "qvd");

        Assert.NotNull(match);
        Assert.Equal(kind, match.Kind);
        Assert.Contains("the name of the owner's own site", match.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("shopnow.net")]   // English words run together say something of their own
    [InlineData("qv.net")]        // under five letters: any initials
    [InlineData("berlin.com")]    // a place of the lexicon
    public void Screen_AnOfficialLabelThatIsWordsPlacesOrInitials_IsNoForm(string domain) =>
        Assert.Null(Match(domain, "zelmo"));
}
