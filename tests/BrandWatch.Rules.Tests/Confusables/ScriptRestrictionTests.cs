using BrandWatch.Rules.Confusables;

namespace BrandWatch.Rules.Tests.Confusables;

public sealed class ScriptRestrictionTests
{
    [Theory]
    [InlineData("paypal-2024", RestrictionLevel.AsciiOnly, false, "'paypal-2024' is ASCII only")]
    [InlineData("заландо", RestrictionLevel.SingleScript, false, "one script (Cyrillic)")]
    [InlineData("bücher", RestrictionLevel.SingleScript, false, "one script (Latin)")]
    [InlineData("京东商城", RestrictionLevel.SingleScript, false, "one script (Han)")]
    [InlineData("ソニーストア", RestrictionLevel.SingleScript, false, "one script (Katakana)")]
    [InlineData("sonyストア日本", RestrictionLevel.HighlyRestrictive, true, "Latin (s U+0073) and Katakana (ス U+30B9) and Han (日 U+65E5)")]
    [InlineData("shopไทย", RestrictionLevel.ModeratelyRestrictive, true, "Latin with one other script")]
    [InlineData("pаypal", RestrictionLevel.MinimallyRestrictive, true, "mixes Latin (p U+0070) and Cyrillic (а U+0430): Latin mixed with Cyrillic or Greek")]
    [InlineData("αpple", RestrictionLevel.MinimallyRestrictive, true, "Greek (α U+03B1) and Latin (p U+0070)")]
    [InlineData("paypal\u01C6", RestrictionLevel.Unrestricted, false, "contains ǆ U+01C6, which UTS #39 does not allow")]
    public void Assess_Label_GivesLevelWithExplanation(string label, RestrictionLevel level, bool mixed, string explanation)
    {
        var assessment = ScriptRestriction.Assess(label);

        Assert.Equal(level, assessment.Level);
        Assert.Equal(mixed, assessment.MixedScript);
        Assert.Contains(explanation, assessment.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Assess_CyrillicAndGreekWithoutLatin_IsMinimallyRestrictive()
    {
        var assessment = ScriptRestriction.Assess("αбв");

        Assert.Equal(RestrictionLevel.MinimallyRestrictive, assessment.Level);
        Assert.Equal(["Greek", "Cyrillic"], assessment.Scripts);
        Assert.Equal("Minimally Restrictive", assessment.LevelName);
    }
}
