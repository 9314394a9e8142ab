using System.Text.Json.Nodes;
using System.Xml.Linq;
using BrandWatch.Worker.Cli;

namespace BrandWatch.Worker.Tests.Cli;

public sealed class RulesCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private static string Cases => RepoPaths.Of("samples", "rule-cases");

    [Fact]
    public async Task RulesTest_ShippedCases_PrintsEveryCaseAndAllPass()
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var decisions = Directory.GetFiles(Path.Combine(Cases, "decisions"), "*.json").Length;
        var count = Directory.GetFiles(Cases, "*.json").Length + decisions;

        var code = await RulesCommand.RunAsync(Cases, null, null, "text", output, error, TestContext.Current.CancellationToken);

        Assert.True(code == ExitCodes.Success, output.ToString() + error);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(count, lines.Count(l => l.StartsWith("PASS ", StringComparison.Ordinal)));
        Assert.Contains($"{count} passed, 0 failed", lines.Select(l => l.Trim()));
        Assert.Contains(lines, l => l.StartsWith("panel agreement: transferred ", StringComparison.Ordinal));
        Assert.True(decisions >= 40);
        // A disagreement names the open facts that would follow its panel: one, or else two only together.
        Assert.Contains(lines, l => l.StartsWith("  disagrees: xboxgamer-com (panel transferred", StringComparison.Ordinal)
            && l.Contains("; one open fact would follow the panel: registrantKnewMark, ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("  disagrees: iphone-es (panel transferred", StringComparison.Ordinal)
            && l.Contains("; two open facts together would follow the panel: registrantKnewMark + wellKnown, ", StringComparison.Ordinal));
        Assert.Contains(lines, l => System.Text.RegularExpressions.Regex.IsMatch(l,
            @"^open facts: a single fact the case leaves open would follow the panel in \d+ of the \d+ transfers and \d+ of the \d+ denials it disagrees with; two facts together in [1-9]\d* and \d+ more$"));
        // And the decisions of the other outcome it follows whose records state the same, which no rule can part from it.
        Assert.Contains(lines, l => l.StartsWith("  disagrees: iphone-es (panel transferred", StringComparison.Ordinal)
            && System.Text.RegularExpressions.Regex.IsMatch(l, @"; the same record as denials it follows: [a-z0-9-]+, [a-z0-9-]+, [a-z0-9-]+ and \d+ more$"));
        Assert.Contains(lines, l => System.Text.RegularExpressions.Regex.IsMatch(l,
            @"^same records: [1-9]\d* of the \d+ transfers and [1-9]\d* of the \d+ denials it disagrees with have the same record as a decision of the other outcome that it follows \(.+\): no rule that reads only the records can follow both panels, and any such rule leaves at least [1-9]\d* of the \d+ decisions against their panels \(\d+ would meet 95 % in each class\)$"));
    }

    [Fact]
    public async Task RulesTest_PanelFormat_PrintsOneMarkdownRowPerDecision_TransfersFirst()
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var decisions = Directory.GetFiles(Path.Combine(Cases, "decisions"), "*.json").Length;

        var code = await RulesCommand.RunAsync(Cases, null, null, "panel", output, error, TestContext.Current.CancellationToken);

        Assert.True(code == ExitCodes.Success, output.ToString() + error);
        var rows = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.StartsWith("| [", StringComparison.Ordinal)).ToList();
        Assert.Equal(decisions, rows.Count);
        Assert.StartsWith("| case | provider and number | date | panel | scorer (rules ", output.ToString(), StringComparison.Ordinal);
        var firstDenied = rows.FindIndex(r => r.Contains("| denied |", StringComparison.Ordinal));
        Assert.True(firstDenied > 0 && rows.Skip(firstDenied).All(r => r.Contains("| denied |", StringComparison.Ordinal)));
        Assert.Contains(rows, r => r.StartsWith("| [vibram-ca](", StringComparison.Ordinal) && r.EndsWith("| transferred | udrp-transfer | yes |", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.StartsWith("| [lionshead-com](", StringComparison.Ordinal) && r.EndsWith("| transferred | do-not-file | **no** |", StringComparison.Ordinal));
        Assert.Contains("panel agreement: transferred ", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RulesTest_ChangedWeight_FailsAffectedCasesWithExpectedAndActual()
    {
        var rules = JsonNode.Parse(await File.ReadAllTextAsync(RepoPaths.Of("samples", "rules.json"), TestContext.Current.CancellationToken))!;
        rules["weights"]!["F1"] = 0.1;
        var rulesPath = _folder.File("rules.json");
        await File.WriteAllTextAsync(rulesPath, rules.ToJsonString(), TestContext.Current.CancellationToken);
        var output = new StringWriter();

        var code = await RulesCommand.RunAsync(Cases, rulesPath, null, "text", output, TextWriter.Null, TestContext.Current.CancellationToken);

        var text = output.ToString();
        Assert.Equal(ExitCodes.Failures, code);
        Assert.Contains("FAIL metatechsupport-com", text, StringComparison.Ordinal);
        Assert.Contains("action: expected udrp-transfer (3), got ", text, StringComparison.Ordinal);
        Assert.Contains("PASS telstra-org", text, StringComparison.Ordinal);
        Assert.Matches(@"\d+ passed, [1-9]\d* failed\s*$", text.Split("panel agreement:")[0]);
    }

    [Fact]
    public async Task RulesTest_InvalidCaseFile_PrintsOneLineWithFileAndLineAndExitsBadInput()
    {
        var file = _folder.File("bad.json");
        await File.WriteAllTextAsync(file, "{\n  \"name\": \"bad\",\n  \"marks\": [\"paypal\"],\n  \"domian\": \"paypa1.com\"\n}\n", TestContext.Current.CancellationToken);
        var error = new StringWriter();

        var code = await RulesCommand.RunAsync(_folder.Path, null, RepoPaths.Of("samples", "marks.json"), "text", TextWriter.Null, error, TestContext.Current.CancellationToken);

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Equal($"invalid: {file}:4: $.domian: unknown key; expected one of name, description, source, panel, marks, mark, domain, url, now, evidence, expect", error.ToString().Trim());
    }

    [Fact]
    public async Task RulesTest_InvalidRules_NamesTheJsonPath()
    {
        var rulesPath = _folder.File("rules.json");
        await File.WriteAllTextAsync(rulesPath, (await File.ReadAllTextAsync(RepoPaths.Of("samples", "rules.json"), TestContext.Current.CancellationToken))
            .Replace("\"minAct\": 0.3", "\"minAct\": \"low\"", StringComparison.Ordinal), TestContext.Current.CancellationToken);
        var error = new StringWriter();

        var code = await RulesCommand.RunAsync(Cases, rulesPath, null, "text", TextWriter.Null, error, TestContext.Current.CancellationToken);

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Equal($"error: {rulesPath}: $.thresholds.minAct: expected a number in [0, 1], found the string \"low\"", error.ToString().Trim());
    }

    [Fact]
    public async Task RulesTest_JUnitFormat_WritesOneTestCasePerFile()
    {
        var output = new StringWriter();

        var code = await RulesCommand.RunAsync(Cases, null, null, "junit", output, TextWriter.Null, TestContext.Current.CancellationToken);

        Assert.Equal(ExitCodes.Success, code);
        var suite = XDocument.Parse(output.ToString()).Root!.Element("testsuite")!;
        Assert.Equal(Directory.GetFiles(Cases, "*.json", SearchOption.AllDirectories).Count(f => !f.EndsWith(".rdap.json", StringComparison.Ordinal)), suite.Elements("testcase").Count());
        Assert.Equal("0", suite.Attribute("failures")!.Value);
        Assert.Contains(suite.Elements("testcase"), t => t.Attribute("name")!.Value == "telstra-org");
    }

    [Fact]
    public async Task RulesTest_JUnitWithPassingFailingAndInvalidCases_CountsEachAndReportsInvalidOnesAsErrors()
    {
        var ct = TestContext.Current.CancellationToken;
        var cases = Directory.CreateDirectory(_folder.File("cases")).FullName;
        File.Copy(Path.Combine(Cases, "apple-garden-not-flagged.json"), Path.Combine(cases, "a-passing.json"));
        var failing = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(Cases, "metatechsupport-com.json"), ct))!;
        failing["name"] = "b-failing";
        failing["expect"]!["action"] = "monitor";
        await File.WriteAllTextAsync(Path.Combine(cases, "b-failing.json"), failing.ToJsonString(), ct);
        var broken = Path.Combine(cases, "c-broken.json");
        await File.WriteAllTextAsync(broken, "{\n  \"name\": \"c-broken\",\n  \"marks\": [\"paypal\"],\n  \"domian\": \"paypa1.com\"\n}\n", ct);
        var notJson = Path.Combine(cases, "d-not-json.json");
        await File.WriteAllTextAsync(notJson, "this is not JSON", ct);
        var output = new StringWriter();

        var code = await RulesCommand.RunAsync(cases, null, RepoPaths.Of("samples", "marks.json"), "junit", output, TextWriter.Null, ct);

        Assert.Equal(ExitCodes.BadInput, code);
        var suite = XDocument.Parse(output.ToString()).Root!.Element("testsuite")!;
        Assert.Equal(("4", "1", "2"), (suite.Attribute("tests")!.Value, suite.Attribute("failures")!.Value, suite.Attribute("errors")!.Value));
        var byName = suite.Elements("testcase").ToDictionary(t => t.Attribute("name")!.Value);
        Assert.Equal(["apple-garden-not-flagged", "b-failing", "c-broken", "d-not-json"], byName.Keys.Order(StringComparer.Ordinal));
        Assert.False(byName["apple-garden-not-flagged"].HasElements);
        Assert.NotNull(byName["b-failing"].Element("failure"));
        var error = byName["c-broken"].Element("error")!;
        Assert.Equal($"{broken}:4: $.domian: unknown key; expected one of name, description, source, panel, marks, mark, domain, url, now, evidence, expect", error.Attribute("message")!.Value);
        Assert.Equal("invalid-case", error.Attribute("type")!.Value);
        Assert.Equal(broken, byName["c-broken"].Attribute("file")!.Value);
        Assert.NotNull(byName["d-not-json"].Element("error"));
    }

    [Fact]
    public async Task RulesTest_JUnitWithInvalidRules_WritesOneErrorNamingTheRulesFile()
    {
        var ct = TestContext.Current.CancellationToken;
        var rulesPath = _folder.File("rules.json");
        await File.WriteAllTextAsync(rulesPath, "{ \"version\": ", ct);
        var output = new StringWriter();

        var code = await RulesCommand.RunAsync(Cases, rulesPath, null, "junit", output, TextWriter.Null, ct);

        Assert.Equal(ExitCodes.BadInput, code);
        var suite = XDocument.Parse(output.ToString()).Root!.Element("testsuite")!;
        Assert.Equal(("1", "0", "1"), (suite.Attribute("tests")!.Value, suite.Attribute("failures")!.Value, suite.Attribute("errors")!.Value));
        Assert.StartsWith(rulesPath, suite.Element("testcase")!.Element("error")!.Attribute("message")!.Value, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();
}
