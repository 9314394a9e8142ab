using BrandWatch.Rules.Screening;
using static BrandWatch.Rules.Tests.Screening.ScreeningMarks;

namespace BrandWatch.Rules.Tests.Screening;

/// <summary>Two coined marks of the portfolio joined in one token, alone or before words of any language.</summary>
public sealed class MarksJoinedTests
{
    private static readonly MarkIndex Index = MarkIndex.Build(
        [MarkOf("qxr", "QXR"), MarkOf("drovik", "DROVIK"), MarkOf("fog", "FOG"), MarkOf("zk", "ZK")],
        ScreeningOptions.Default);

    private static readonly MarkIndex.MatchRule Rule = MarkIndex.MatchRules.Single(r => r.Name == "marks-joined");

    private static IReadOnlyList<DomainMatch> Matches(string domain) => Index.Screen(domain, [Rule]);

    [Theory]
    [InlineData("qxrdrovikcinemas.com", "'qxrdrovikcinemas' reads as 'qxr' (QXR) + 'drovik' (DROVIK) + 'cinemas' (English word): two marks of the portfolio joined")]
    [InlineData("qxrdrovik-shop.com", "'qxrdrovik' of 'qxrdrovik-shop' reads as 'qxr' (QXR) + 'drovik' (DROVIK): two marks of the portfolio joined")]
    [InlineData("qxrdrovik.net", "'qxrdrovik' reads as 'qxr' (QXR) + 'drovik' (DROVIK): two marks of the portfolio joined")]
    [InlineData("qxrdroviklogin.com", "'qxrdroviklogin' reads as 'qxr' (QXR) + 'drovik' (DROVIK) + 'login'")]
    public void Screen_TwoCoinedMarksJoined_MatchesBothWithTheReading(string domain, string explanation)
    {
        var matches = Matches(domain);
        Assert.Equal(["drovik", "qxr"], matches.Select(m => m.Mark).Order(StringComparer.Ordinal));
        Assert.All(matches, m => Assert.Equal(MatchKind.Combosquat, m.Kind));
        Assert.All(matches, m => Assert.StartsWith(explanation, m.Explanation, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("qxrdrovikzzpt.com")]  // letters after the marks that are no words
    [InlineData("fogdrovik.com")]      // the first mark is an ordinary word
    [InlineData("zkdrovik.com")]       // two letters before a mark are any initials
    [InlineData("droviksqxr.com")]     // a longer mark first is the embedded rule's to find
    [InlineData("mqxrdrovik.com")]     // the first mark does not start the token
    [InlineData("qxrfogshop.com")]     // the second mark is an ordinary word
    public void Screen_NoTwoCoinedMarksAtTheStartOfAToken_NoMatch(string domain) => Assert.Empty(Matches(domain));
}
