using System.Text.Json.Nodes;
using BrandWatch.Rules.RuleCases;
using BrandWatch.Rules.Scoring;
using BrandWatch.Rules.Scoring.Configuration;

namespace BrandWatch.Rules.Tests.RuleCases;

public sealed class ShippedCaseTests
{
    public static TheoryData<string> CaseNames() => new(ShippedCases.Files().Select(f => Path.GetRelativePath(ShippedCases.Folder, f)));

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Run_ShippedCase_MeetsItsExpectation(string file)
    {
        var ruleCase = ShippedCases.Load(Path.Combine(ShippedCases.Folder, file));

        var result = new RuleCaseRunner(RuleSetJson.Default).Run(ruleCase);

        Assert.True(result.Passed, string.Join(Environment.NewLine, result.Differences));
    }

    [Fact]
    public void ShippedCases_AreAtLeastForty()
    {
        Assert.True(ShippedCases.Files().Count() >= 40);
    }

    [Fact]
    public void ShippedCases_ExpectEveryCriterionToFireSomewhere()
    {
        var expected = ShippedCases.Files().Select(f => ShippedCases.Load(f)).SelectMany(c => c.Expect.Fires).ToHashSet();

        Assert.Equal([], CriterionCatalog.Ids.Where(id => !expected.Contains(id)).ToArray());
    }

    [Fact]
    public void ShippedCases_ExpectEveryActionSomewhere()
    {
        var expected = ShippedCases.Files().Select(f => ShippedCases.Load(f)).Select(c => c.Expect.Action).OfType<RecommendedAction>().ToHashSet();

        Assert.Equal([], Enum.GetValues<RecommendedAction>().Where(a => !expected.Contains(a)).ToArray());
    }

    [Theory]
    [InlineData("telstra.org"), InlineData("okidataparts.com"), InlineData("iqosjp.com"), InlineData("vitamixcostco.com"), InlineData("xn--irfrance-mx0d.com")]
    [InlineData("myequifaz.com"), InlineData("arcelormittail.com"), InlineData("wastequips.com"), InlineData("metatechsupport.com")]
    [InlineData("legal-and-general.com"), InlineData("wiiu.com"), InlineData("canadarugs.com"), InlineData("sanbenedetto.com"), InlineData("xn--x-x6l.com")]
    public void ShippedCases_IncludeTheReferenceDecision(string domain)
    {
        Assert.Contains(ShippedCases.Files().Select(f => ShippedCases.Load(f)), c => c.Subject == domain);
    }

    [Fact]
    public void Run_WithALowerWeight_FailsTheAffectedCasesWithAReadableDiff()
    {
        var node = JsonNode.Parse(RuleSetJson.ReadDefaultText())!;
        node["weights"]!["F1"] = 0.1;
        var rules = RuleSetJson.Parse(node.ToJsonString());
        var runner = new RuleCaseRunner(rules);

        var failures = ShippedCases.Files().Select(f => runner.Run(ShippedCases.Load(f, rules))).Where(r => !r.Passed).ToList();

        var metatech = Assert.Single(failures, r => r.Case.Subject == "metatechsupport.com");
        Assert.Contains(metatech.Differences, d => d.StartsWith("action: expected udrp-transfer (3), got ", StringComparison.Ordinal));
        Assert.DoesNotContain(failures, r => r.Case.Subject == "telstra.org");
    }
}
