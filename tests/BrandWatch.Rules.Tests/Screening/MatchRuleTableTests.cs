using BrandWatch.Rules.Marks;
using BrandWatch.Rules.Screening;

namespace BrandWatch.Rules.Tests.Screening;

/// <summary>
/// The table of match rules, rule by rule: each runs alone on an example it must find, with its kind and explanation,
/// and on a near miss it must leave alone. A rule added to the table without an example here fails the first test.
/// </summary>
public sealed class MatchRuleTableTests
{
    private static Mark MarkOf(string id, string name, bool wellKnown = false, string[]? labels = null, params string[] official) =>
        new() { Id = id, Name = name, Labels = MarkLabels.Derive(name, labels), WellKnown = wellKnown, OfficialDomains = official };

    private static readonly MarkIndex Index = MarkIndex.Build(
    [
        MarkOf("paypal", "PAYPAL", wellKnown: true, official: "paypal.com"), MarkOf("aldi", "ALDI"), MarkOf("heineken", "HEINEKEN", wellKnown: true),
        MarkOf("kodak", "KODAK"), MarkOf("jingdong", "JINGDONG", labels: ["jingdong", "京东"]), MarkOf("ghd", "GHD"), MarkOf("jd", "JD"),
        MarkOf("tesco", "TESCO"), MarkOf("zalando", "ZALANDO"), MarkOf("sentara", "SENTARA"), MarkOf("zorvanta", "ZORVANTA IMPACT"),
        MarkOf("qxr", "QXR"), MarkOf("drovik", "DROVIK"), MarkOf("fisher", "FISHER INVESTMENTS"), MarkOf("pissedconsumer", "PISSEDCONSUMER"),
        MarkOf("trailpacks", "TRAILPACKS"), MarkOf("mirela", "MIRELA KOSTANDY") with { Owner = "Kostandy" }, MarkOf("pavo", "PAVO KOSTANDY") with { Owner = "Kostandy" },
    ], ScreeningOptions.Default);

    /// <summary>Per rule: a domain it finds (the mark, the kind, a part of the explanation) and a near miss it must not find.</summary>
    private static readonly Dictionary<string, (string Domain, string Mark, MatchKind Kind, string Explained, string NearMiss)> Examples = new()
    {
        ["exact-label"] = ("paypal.net", "paypal", MatchKind.TldSwap, "'paypal' is 'paypal' on .net; the owner uses paypal.com", "paypal.com"), // the owner's own
        ["own-number"] = ("trailpack.com", "trailpacks", MatchKind.Plural, "'trailpack' is 'trailpack', the singular of 'TRAILPACKS'", "trailpacker.com"), // another word
        ["lookalike-label"] = ("paypa1.com", "paypal", MatchKind.Homoglyph, "'paypa1' looks like 'paypal'", "aldl.com"), // four letters, no evidence
        ["idn-lookalike"] = ("pаypal.com", "paypal", MatchKind.Homoglyph, "looks like 'paypal'", "pаypals.com"), // Cyrillic а; the plural is no skeleton of it
        ["idn-transliteration"] = ("заландо.com", "zalando", MatchKind.Transliteration, "'заландо' transliterates to 'zalando'", "москва.com"),
        ["cut-short"] = ("fisherinvestm.com", "fisher", MatchKind.Omission, "'fisherinvestm' is 'fisherinvestments' cut short: its last 4 letters left off", "fisherinvest.com"), // what is left is English words
        ["glyph-lookalike"] = ("hcineken.com", "heineken", MatchKind.Homoglyph, "once letters drawn alike are merged", "hcinekan.com"),
        ["typo"] = ("paypall.com", "paypal", MatchKind.Repetition, "'paypall' imitates 'paypal'", "kodik.com"), // a vowel swap of a little-known short mark
        ["short-mark-glued"] = ("jd-login.com", "jd", MatchKind.Combosquat, "'jd-login' is 'jd' plus the word 'login' (risky)", "jd-garden.com"),
        ["short-mark-segment"] = ("ghdgoldsuomi.com", "ghd", MatchKind.Combosquat, "'ghdgoldsuomi' reads as 'ghd' (GHD) + 'gold' (English word) + 'suomi' (Finnish: Finland)", "laughdog.com"),
        ["short-mark-code"] = ("qxrdfgk-m.com", "qxr", MatchKind.Combosquat, "'qxrdfgk-m' is 'qxr' followed by 'dfgk', then 'm'", "qxrdafgk.com"), // a vowel and no numbering: the rest may be a word
        ["marks-joined"] = ("qxrdrovikcinemas.com", "qxr", MatchKind.Combosquat, "'qxrdrovikcinemas' reads as 'qxr' (QXR) + 'drovik' (DROVIK) + 'cinemas' (English word): two marks of the portfolio joined", "qxrdrovikzzpt.com"), // the rest is no word
        ["idn-native-embedded"] = ("京东商城.com", "jingdong", MatchKind.Combosquat, "'京东商城' contains '京东', a listed form of JINGDONG in another script plus the word '商城'", "东京.com"),
        ["across-the-dot"] = ("tes.co", "tesco", MatchKind.AcrossTheDot, "'tes.co' reads as 'tesco' split across the dot ('tes.co')", "tes.com"),
        ["subdomain-label"] = ("paypal.secure-login.net", "paypal", MatchKind.LevelSquat, "the subdomain label 'paypal' is 'paypal', under the unrelated domain secure-login.net", "paypals.secure-login.net"),
        ["embedded"] = ("paypal-login.com", "paypal", MatchKind.Combosquat, "'paypal-login' contains 'paypal' plus the word 'login' (risky: login)", "myaldishop.com"), // a four-letter mark amid letters
        ["typo-in-combination"] = ("paypl-login.com", "paypal", MatchKind.Combosquat, "contains 'paypl', a typo of 'paypal' (omitted", "kodik-login.com"),
        ["typo-in-segment"] = ("senntaracareers.com", "sentara", MatchKind.Combosquat, "'senntaracareers' reads as 'senntara' (a typo of 'sentara': repeated 'n' at position 3) + 'careers'", "sentoracareers.com"), // a vowel swap
        ["word-inside-name"] = ("thepissedoffconsumer.com", "pissedconsumer", MatchKind.Combosquat, "'thepissedoffconsumer' reads as 'the' + 'pissed' + 'off' + 'consumer': 'pissedconsumer' with the word 'off' put inside it", "thepissedxqconsumer.com"), // 'xq' is no word
        ["family-element"] = ("kostandy.net", "mirela", MatchKind.Identical, "'kostandy' is 'kostandy' (the name shared by the owner's marks 'MIRELA KOSTANDY' and 'PAVO KOSTANDY')", "kostandyqzt.net"), // the rest is no word
        ["coined-head-word"] = ("zorvantadrop.com", "zorvanta", MatchKind.Combosquat, "'zorvantadrop' reads as 'zorvanta' (the coined first word of 'ZORVANTA IMPACT') + 'drop' (English word)", "zorvantaxqzt.com"), // the rest is no word
    };

    public static TheoryData<string> RuleNames => [.. MarkIndex.MatchRules.Select(r => r.Name)];

    [Fact]
    public void MatchRules_EveryRuleHasAnExampleAndANearMiss() =>
        Assert.Equal(MarkIndex.MatchRules.Select(r => r.Name).Order(StringComparer.Ordinal), Examples.Keys.Order(StringComparer.Ordinal));

    [Fact]
    public void MatchRules_TogetherReportEveryMatchKind() =>
        Assert.Equal(Enum.GetValues<MatchKind>().Order(), MarkIndex.MatchRules.SelectMany(r => r.Kinds).Distinct().Order());

    [Theory]
    [MemberData(nameof(RuleNames))]
    public void Rule_AloneFindsItsExample_WithItsKindAndExplanation(string name)
    {
        var rule = MarkIndex.MatchRules.Single(r => r.Name == name);
        var example = Examples[name];
        var match = Index.Screen(example.Domain, [rule]).SingleOrDefault(m => m.Mark == example.Mark);
        Assert.NotNull(match);
        Assert.Equal(example.Kind, match.Kind);
        Assert.Contains(example.Kind, rule.Kinds);
        Assert.Contains(example.Explained, match.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(RuleNames))]
    public void Rule_AloneLeavesItsNearMissAlone(string name)
    {
        var rule = MarkIndex.MatchRules.Single(r => r.Name == name);
        Assert.Empty(Index.Screen(Examples[name].NearMiss, [rule]));
    }

    [Theory]
    [MemberData(nameof(RuleNames))]
    public void Screen_WholeTable_FindsEveryRulesExampleMark(string name)
    {
        var example = Examples[name];
        Assert.Contains(Index.Screen(example.Domain), m => m.Mark == example.Mark);
    }
}
