using BrandWatch.Rules.Marks;
using BrandWatch.Rules.Screening;

namespace BrandWatch.Rules.Tests.Screening;

/// <summary>
/// The coined first word of a name whose other words are ordinary, met alone or beside words (issue 13, the marks not
/// spelled out in full), and its near misses. The marks are made up for the tests.
/// </summary>
public sealed class CoinedHeadWordTests
{
    private static Mark MarkOf(string id, string name, bool genericWord = false) =>
        new() { Id = id, Name = name, Labels = MarkLabels.Derive(name, null), GenericWord = genericWord };

    private static readonly MarkIndex Index = MarkIndex.Build(
    [
        MarkOf("zorvanta", "ZORVANTA IMPACT"), MarkOf("velmira", "VELMIRA'S KITCHEN"), MarkOf("qxvr", "QXVR NETWORK"),
        MarkOf("kelmix", "TRAVOLIX KELMIX"), MarkOf("blueharbor", "BLUEHARBOR FOODS"), MarkOf("dravenix", "DRAV ENIX"),
        MarkOf("corvello", "CORVELLO GROUP"), MarkOf("plintaro", "PLINTARO SYSTEMS", genericWord: true),
        MarkOf("zuerbel", "ZÜRBELLANT ZEITUNG"),
    ], ScreeningOptions.Default);

    private static readonly MarkIndex.MatchRule Rule = MarkIndex.MatchRules.Single(r => r.Name == "coined-head-word");

    [Theory]
    [InlineData("zorvantadrop.com", "zorvanta", MatchKind.Combosquat, "'zorvantadrop' reads as 'zorvanta' (the coined first word of 'ZORVANTA IMPACT') + 'drop' (English word)")]
    [InlineData("shopzorvanta.net", "zorvanta", MatchKind.Combosquat, "'shopzorvanta' reads as 'shop' (English: shop) + 'zorvanta' (the coined first word of 'ZORVANTA IMPACT')")]
    [InlineData("zorvantas.com", "zorvanta", MatchKind.Combosquat, "'zorvantas' reads as 'zorvanta' (the coined first word of 'ZORVANTA IMPACT') in the plural")]
    [InlineData("zorvantatienda-online.es", "zorvanta", MatchKind.Combosquat, "'zorvantatienda' of 'zorvantatienda-online' reads as 'zorvanta' (the coined first word of 'ZORVANTA IMPACT') + 'tienda'")]
    [InlineData("zorvanta-login.com", "zorvanta", MatchKind.Combosquat, "'zorvanta-login' holds 'zorvanta' (the coined first word of 'ZORVANTA IMPACT') as a hyphen-separated word of its own, plus the word 'login' (risky: login)")]
    [InlineData("velmira.shop", "velmira", MatchKind.Identical, "'velmira' is 'velmira' (the coined first word of 'VELMIRA'S KITCHEN'), the element a reader recognises the mark by")]
    [InlineData("qxvr-tournament.site", "qxvr", MatchKind.Combosquat, "'qxvr-tournament' holds 'qxvr' (the coined first word of 'QXVR NETWORK') as a hyphen-separated word of its own, plus the word 'tournament'")]
    [InlineData("zurbellant.online", "zuerbel", MatchKind.Identical, "'zurbellant' is 'zurbellant' (the coined first word of 'ZÜRBELLANT ZEITUNG')")]
    [InlineData("zuerbellant.online", "zuerbel", MatchKind.Identical, "'zuerbellant' is 'zuerbellant' (the coined first word of 'ZÜRBELLANT ZEITUNG')")] // the umlaut spelt out, as German writes it without the letter
    public void Rule_CoinedHeadWordAloneOrBesideWords_MatchesWithTheReading(string domain, string mark, MatchKind kind, string explained)
    {
        var match = Index.Screen(domain, [Rule]).SingleOrDefault(m => m.Mark == mark);
        Assert.NotNull(match);
        Assert.Equal(kind, match.Kind);
        Assert.True(match.Explanation.StartsWith(explained, StringComparison.Ordinal), match.Explanation);
        Assert.Contains(Index.Screen(domain), m => m.Mark == mark); // and the whole table keeps it
    }

    [Theory]
    [InlineData("zorvantaxqzt.com", "zorvanta")]          // the rest is no word
    [InlineData("zorvantaqx.com", "zorvanta")]            // two letters are any letters
    [InlineData("impactdrop.com", "zorvanta")]            // the ordinary word of the name is no sign of it
    [InlineData("travolixshop.com", "kelmix")]            // the name has a second coined word: its head is not all of it
    [InlineData("blueharborkitchen.com", "blueharbor")]   // two English words run together are no coinage
    [InlineData("dravshop.com", "dravenix")]              // a name split by a slip (DRAV ENIX) has no head word
    [InlineData("corvellodrop.com", "corvello")]          // corporate words dropped: 'corvello' is the name's own form, met by the embedded rule
    [InlineData("plintarodrop.com", "plintaro")]          // the mark is flagged as an ordinary word
    [InlineData("zuerbelant.online", "zuerbel")]          // the spelt-out head word takes no edits either
    public void Rule_NearMiss_NoMatch(string domain, string mark) =>
        Assert.DoesNotContain(Index.Screen(domain, [Rule]), m => m.Mark == mark);

    [Fact]
    public void LabelForms_HeadWordIsAFormOfItsMarkOnly()
    {
        Assert.Contains("zorvanta", Index.LabelFormsOf("zorvanta"));
        Assert.Contains("velmira", Index.LabelFormsOf("velmira"));
        Assert.DoesNotContain("travolix", Index.LabelFormsOf("kelmix"));
        Assert.DoesNotContain("blueharbor", Index.LabelFormsOf("blueharbor"));
    }

    [Theory]
    [InlineData("zorvantta.com")]  // a typo of the head word alone is not met: the head word takes no edits
    [InlineData("zorvanta.com")]   // met by its own rule only (the exact rule knows the whole name)
    public void OtherRules_NeverMeetTheHeadWord(string domain)
    {
        var others = MarkIndex.MatchRules.Where(r => r.Name != "coined-head-word").ToArray();
        Assert.DoesNotContain(Index.Screen(domain, others), m => m.Mark == "zorvanta");
    }
}
