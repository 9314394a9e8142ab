using BrandWatch.Rules.Marks;
using BrandWatch.Rules.Screening;

namespace BrandWatch.Rules.Tests.Screening;

/// <summary>A typo'd mark beside added words in a hyphenated label (issue 13, item 3), and its near misses.</summary>
public sealed class TypoInCombinationTests
{
    private static Mark MarkOf(string name, bool wellKnown) =>
        new() { Id = name.ToLowerInvariant(), Name = name, Labels = MarkLabels.Derive(name, null), WellKnown = wellKnown };

    private static readonly MarkIndex Index = MarkIndex.Build(
        [MarkOf("MICROSOFT", wellKnown: true), MarkOf("AIRFRANCE", wellKnown: true), MarkOf("PAYPAL", wellKnown: true), MarkOf("PAPALINO", wellKnown: false), MarkOf("TRADERA", wellKnown: false), MarkOf("VISTARA", wellKnown: false)],
        ScreeningOptions.Default);

    private static readonly MarkIndex.MatchRule Rule = MarkIndex.MatchRules.Single(r => r.Name == "typo-in-combination");

    [Theory]
    // 'rn' folds to 'm' in the look-alike key; the letters as written are one omission from the mark.
    [InlineData("airfrnce-help.com", "airfrance", "'airfrnce-help' contains 'airfrnce', a typo of 'airfrance' (omitted 'a' at position 6), plus the word 'help' (risky: help)")]
    // A typo of a famous mark that happens to spell words (Miro + soft, papal) still targets it beside a risky word.
    [InlineData("mirosoft-account.lv", "microsoft", "'mirosoft-account' contains 'mirosoft', a typo of 'microsoft' (omitted 'c' at position 3), plus the word 'account' (risky: account)")]
    [InlineData("papal-billing.gov", "paypal", "'papal-billing' contains 'papal', a typo of 'paypal' (omitted 'y' at position 3), plus the word 'billing' (risky: billing)")]
    [InlineData("dns-visyara.com", "vistara", "'dns-visyara' contains 'visyara', a typo of 'vistara' (replaced 't' with 'y' at position 4 (adjacent keys)), plus the word 'dns'")] // a neighbouring key, not a flipped bit
    public void Rule_TypoOfTheMarkBesideWords_MatchesWithTheEdit(string domain, string mark, string explained)
    {
        var match = Index.Screen(domain, [Rule]).SingleOrDefault(m => m.Mark == mark);
        Assert.NotNull(match);
        Assert.Equal(MatchKind.Combosquat, match.Kind);
        Assert.Equal(explained, match.Explanation);
        Assert.Contains(Index.Screen(domain), m => m.Mark == mark);
    }

    [Fact]
    public void Screen_CoreIsTheMarkItself_NotATypoOfItsPluralForm()
    {
        var index = MarkIndex.Build([new Mark { Id = "pizzahut", Name = "Pizza Hut", Labels = MarkLabels.Derive("Pizza Hut", null) }], ScreeningOptions.Default);

        var match = Assert.Single(index.Screen("pizzahut-delivery.co.uk"));

        Assert.Equal("'pizzahut-delivery' contains 'pizzahut' plus the word 'delivery'", match.Explanation);
        Assert.Empty(index.Screen("pizzahut-delivery.co.uk", [Rule]));
    }

    [Theory]
    [InlineData("papal-history.com", "paypal")]    // an ordinary word with no risky word beside it has its own meaning
    [InlineData("papalino-login.com", "paypal")]   // the whole token is another mark, not a typo
    [InlineData("trader-login.com", "tradera")]    // a little-known mark's typo that spells a word has that word's meaning
    [InlineData("dns-virtara.com", "vistara")]     // a flipped bit (s to r) changes a name whole: nobody types one beside words
    public void Screen_WordTypoWithoutFameOrRisk_NoMatch(string domain, string mark) =>
        Assert.DoesNotContain(Index.Screen(domain), m => m.Mark == mark);
}
