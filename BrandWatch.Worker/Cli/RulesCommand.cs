using BrandWatch.Rules.Cases;
using System.CommandLine;
using System.Globalization;
using System.Xml.Linq;
using BrandWatch.Rules.Marks;
using BrandWatch.Rules.RuleCases;
using BrandWatch.Rules.Scoring;
using BrandWatch.Rules.Scoring.Configuration;

namespace BrandWatch.Worker.Cli;

/// <summary>
/// <c>rules test DIR [--rules FILE] [--marks FILE] [--format text|junit|panel]</c>: runs every rule case (DIR/*.json) and
/// compares the verdicts with the expectations. Exit 0 all passed, 1 a case failed, 2 a case file or the rules are invalid.
/// </summary>
internal static class RulesCommand
{
    public static Command Create()
    {
        var directory = new Argument<string>("DIR") { Description = "Folder of rule case files (*.json), or one case file" };
        var rules = new Option<string?>("--rules") { Description = "Rule configuration (default: the built-in samples/rules.json)" };
        var marks = new Option<string?>("--marks") { Description = "Mark library cases refer to by id (default: marks.json beside DIR)" };
        var format = new Option<string>("--format")
        {
            Description = "text, junit (JUnit XML on standard output) or panel (a Markdown table of the cases that cite a published decision)",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "junit", "panel");
        var test = new Command("test", "Run rule regression cases and compare verdicts with their expectations") { directory, rules, marks, format };
        test.SetAction((parse, cancellationToken) => RunAsync(
            parse.GetRequiredValue(directory), parse.GetValue(rules), parse.GetValue(marks), parse.GetRequiredValue(format), Console.Out, Console.Error, cancellationToken));
        return new Command("rules", "Rule configuration and regression cases") { test };
    }

    public static async Task<int> RunAsync(string directory, string? rulesPath, string? marksPath, string format, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        // In JUnit mode an input that stops the whole run is still reported in the XML, so a CI job that reads only
        // the file sees the error instead of a missing or empty report.
        async Task<int> StopAsync(string name, string file, string message)
        {
            await error.WriteLineAsync($"error: {message}");
            if (format == "junit")
            {
                await output.WriteLineAsync(JUnit([], [new InvalidCase(name, file, message, "invalid-input")], null).ToString());
            }

            return ExitCodes.BadInput;
        }

        RuleSet rules;
        try
        {
            rules = rulesPath is null ? RuleSetJson.Default : RuleSetJson.Parse(await File.ReadAllTextAsync(rulesPath, cancellationToken));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return await StopAsync("rules", rulesPath!, $"{rulesPath}: cannot be read: {ex.Message}"); // only a given path is read
        }
        catch (RuleConfigException ex)
        {
            return await StopAsync("rules", rulesPath ?? "built-in rules", $"{rulesPath}: {ex.Message}");
        }

        string[] files;
        if (File.Exists(directory))
        {
            files = [directory];
        }
        else if (Directory.Exists(directory))
        {
            files = RuleCaseFiles.Find(directory);
        }
        else
        {
            return await StopAsync("cases", directory, $"{directory}: no such folder or file");
        }

        var caseFolder = File.Exists(directory) ? Path.GetDirectoryName(Path.GetFullPath(directory))! : Path.GetFullPath(directory);
        marksPath ??= Path.Combine(Path.GetDirectoryName(caseFolder) ?? caseFolder, "marks.json");
        IReadOnlyList<Mark> library = [];
        if (File.Exists(marksPath))
        {
            var (portfolio, portfolioError) = await PortfolioFile.LoadAsync(marksPath, cancellationToken);
            if (portfolio is null)
            {
                return await StopAsync("marks", marksPath, portfolioError ?? $"{marksPath}: invalid");
            }

            library = portfolio.Marks;
        }

        var runner = new RuleCaseRunner(rules);
        var results = new List<RuleCaseResult>();
        var invalid = new List<InvalidCase>();
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var folder = Path.GetDirectoryName(Path.GetFullPath(file))!;
            RuleCase ruleCase;
            try
            {
                var json = await File.ReadAllTextAsync(file, cancellationToken);
                ruleCase = RuleCaseJson.Parse(json, file, relative => ReadSibling(folder, relative), library, rules);
            }
            catch (RuleCaseException ex)
            {
                invalid.Add(new InvalidCase(Path.GetFileNameWithoutExtension(file), file, ex.Message, "invalid-case"));
                await error.WriteLineAsync($"invalid: {ex.Message}");
                continue;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                var message = $"{file}: cannot be read: {ex.Message}";
                invalid.Add(new InvalidCase(Path.GetFileNameWithoutExtension(file), file, message, "unreadable-case"));
                await error.WriteLineAsync($"invalid: {message}");
                continue;
            }

            results.Add(runner.Run(ruleCase));
        }

        var passed = results.Count(r => r.Passed);
        var failed = results.Count - passed;
        if (format == "junit")
        {
            await output.WriteLineAsync(JUnit(results, invalid, rules).ToString());
            await error.WriteLineAsync(Summary(passed, failed, invalid.Count));
        }
        else if (format == "panel")
        {
            await output.WriteAsync(PanelTable.Markdown(results, rules.Version));
            await error.WriteLineAsync(Summary(passed, failed, invalid.Count));
            if (PanelAgreement.Of(results) is { Cases: > 0 } agreement)
            {
                await error.WriteLineAsync(agreement.ToString());
            }
        }
        else
        {
            await output.WriteLineAsync($"rules {rules.Version} ({rules.Hash[..12]}), {files.Length} case file(s) in {directory}");
            foreach (var result in results)
            {
                await output.WriteAsync(Text(result));
            }

            await output.WriteLineAsync(Summary(passed, failed, invalid.Count));
            if (PanelAgreement.Of(results) is { Cases: > 0 } agreement)
            {
                await output.WriteLineAsync(agreement.ToString());
                int transferredOpen = 0, deniedOpen = 0, transferredPair = 0, deniedPair = 0, transferredTwin = 0, deniedTwin = 0;
                var twins = RecordTwins.Of(results);
                foreach (var result in results)
                {
                    if (result.Case.Panel is { } panel && !PanelAgreement.Agrees(panel.Outcome, result.Verdict))
                    {
                        var twin = twins.Twins.TryGetValue(result.Case.Name, out var names) ? names : null;
                        await output.WriteLineAsync($"  disagrees: {result.Case.Name} (panel {WireName.Kebab(panel.Outcome)}, {panel.Provider} {panel.Case}) -> {WireName.Kebab(result.Verdict.Action)}{OpenFacts(result)}{Twins(panel.Outcome, twin)}");
                        var denied = panel.Outcome == PanelOutcome.Denied;
                        if (twin is not null)
                        {
                            transferredTwin += denied ? 0 : 1;
                            deniedTwin += denied ? 1 : 0;
                        }

                        if (result.DecidingFacts.Count > 0 && denied)
                        {
                            deniedOpen++;
                        }
                        else if (result.DecidingFacts.Count > 0)
                        {
                            transferredOpen++;
                        }
                        else if (result.DecidingPairs.Count > 0 && denied)
                        {
                            deniedPair++;
                        }
                        else if (result.DecidingPairs.Count > 0)
                        {
                            transferredPair++;
                        }
                    }
                }

                var transferredOff = agreement.Transferred - agreement.TransferredAgreed;
                var deniedOff = agreement.Denied - agreement.DeniedAgreed;
                if (transferredOff + deniedOff > 0)
                {
                    await output.WriteLineAsync($"open facts: a single fact the case leaves open would follow the panel in {transferredOpen} of the {transferredOff} transfers and {deniedOpen} of the {deniedOff} denials it disagrees with; two facts together in {transferredPair} and {deniedPair} more");
                    await output.WriteLineAsync($"same records: {transferredTwin} of the {transferredOff} transfers and {deniedTwin} of the {deniedOff} denials it disagrees with have the same record as a decision of the other outcome that it follows (the same criteria, action, reviewer facts, mark flags, DNS and pages): no rule that reads only the records can follow both panels, and any such rule leaves at least {twins.LeastAgainstPanels} of the {agreement.Cases} decisions against their panels ({AllowedAt95(agreement)} would meet 95 % in each class)");
                }
            }
        }

        return invalid.Count > 0 ? ExitCodes.BadInput : failed > 0 ? ExitCodes.Failures : ExitCodes.Success;
    }

    /// <summary>The open facts a disagreement names: each single fact that would follow the panel, or else each deciding pair.</summary>
    private static string OpenFacts(RuleCaseResult result) =>
        result.DecidingFacts.Count > 0 ? $"; one open fact would follow the panel: {string.Join(", ", result.DecidingFacts.Select(f => f.Fact))}"
        : result.DecidingPairs.Count > 0 ? $"; two open facts together would follow the panel: {string.Join(", ", result.DecidingPairs.Select(p => string.Join(" + ", p.Facts.Select(f => f.Fact))))}"
        : "";

    /// <summary>How many decisions may go against their panels with both classes at 95 % agreement.</summary>
    private static int AllowedAt95(PanelAgreement agreement) => agreement.Transferred / 20 + agreement.Denied / 20;

    /// <summary>The decisions of the other outcome whose records state the same as a disagreement's (<see cref="RecordTwins"/>), the first three named.</summary>
    private static string Twins(PanelOutcome outcome, IReadOnlyList<string>? twins) =>
        twins is null ? ""
        : $"; the same record as {(outcome == PanelOutcome.Denied ? "transfers" : "denials")} it follows: {string.Join(", ", twins.Take(3))}{(twins.Count > 3 ? $" and {twins.Count - 3} more" : "")}";

    internal static string Text(RuleCaseResult result)
    {
        var v = result.Verdict;
        var writer = new StringWriter(CultureInfo.InvariantCulture);
        writer.WriteLine($"{(result.Passed ? "PASS" : "FAIL")} {result.Case.Name}  {result.Case.Subject} -> {WireName.Kebab(v.Action)} ({WireName.Kebab(v.Outcome)}, priority {v.Priority})  " +
            $"act {F(v.Act.Score)} damage {F(v.Damage.Score)} causation {F(v.Causation.Score)} fault {F(v.Fault.Score)}  [{string.Join(' ', result.Fired)}]");
        if (result.Passed)
        {
            return writer.ToString();
        }

        writer.WriteLine($"     file: {result.Case.File}");
        foreach (var difference in result.Differences)
        {
            writer.WriteLine($"     {difference}");
        }

        var differing = result.MissingCriteria.Concat(result.UnexpectedCriteria).ToHashSet();
        foreach (var contribution in All(v).Where(c => differing.Contains(c.Criterion)))
        {
            writer.WriteLine($"     {contribution.Criterion} {(contribution.Applies ? string.Empty : "(considered, does not apply) ")}{contribution.Points:+0.###;-0.###;0}: {contribution.Reason} [{contribution.Evidence}]");
        }

        writer.WriteLine($"     matches: {(result.Matches.Count == 0 ? "none" : string.Join("; ", result.Matches.Select(m => $"{WireName.Kebab(m.Kind)} {F(m.Similarity)} ({m.Explanation})")))}");
        writer.WriteLine($"     reason: {v.ActionReason}");
        return writer.ToString();
    }

    /// <summary>
    /// The JUnit XML report: one testcase per case file; a failed expectation is a <c>failure</c>, a case file that
    /// cannot be read or parsed is an <c>error</c> (it is neither passed nor failed), and the counts say so.
    /// </summary>
    internal static XDocument JUnit(IReadOnlyList<RuleCaseResult> results, IReadOnlyList<InvalidCase> invalid, RuleSet? rules)
    {
        var suite = new XElement("testsuite",
            new XAttribute("name", "rule-cases"),
            new XAttribute("tests", results.Count + invalid.Count),
            new XAttribute("failures", results.Count(r => !r.Passed)),
            new XAttribute("errors", invalid.Count),
            new XAttribute("skipped", 0));
        if (rules is not null)
        {
            suite.Add(new XElement("properties",
                new XElement("property", new XAttribute("name", "ruleVersion"), new XAttribute("value", rules.Version)),
                new XElement("property", new XAttribute("name", "ruleHash"), new XAttribute("value", rules.Hash))));
        }

        var cases = results.Select(result =>
        {
            var testCase = new XElement("testcase", new XAttribute("classname", "rule-cases"), new XAttribute("name", result.Case.Name), new XAttribute("file", result.Case.File));
            if (!result.Passed)
            {
                testCase.Add(new XElement("failure", new XAttribute("message", result.Differences[0]), new XAttribute("type", "expectation"), Text(result)));
            }

            return (File: result.Case.File, Element: testCase);
        }).Concat(invalid.Select(bad => (bad.File, Element: new XElement("testcase",
            new XAttribute("classname", "rule-cases"), new XAttribute("name", bad.Name), new XAttribute("file", bad.File),
            new XElement("error", new XAttribute("message", bad.Message), new XAttribute("type", bad.Type), bad.Message)))));
        suite.Add(cases.OrderBy(c => c.File, StringComparer.Ordinal).Select(c => c.Element));
        return new XDocument(new XElement("testsuites",
            new XAttribute("tests", results.Count + invalid.Count),
            new XAttribute("failures", results.Count(r => !r.Passed)),
            new XAttribute("errors", invalid.Count),
            suite));
    }

    /// <summary>A case file (or a run input) that could not be used: reported as a JUnit error.</summary>
    internal sealed record InvalidCase(string Name, string File, string Message, string Type);

    private static string? ReadSibling(string folder, string relative)
    {
        var path = Path.GetFullPath(Path.Combine(folder, relative));
        return File.Exists(path) ? File.ReadAllText(path) : null;
    }

    private static string Summary(int passed, int failed, int invalid) =>
        invalid > 0 ? $"{passed} passed, {failed} failed, {invalid} invalid" : $"{passed} passed, {failed} failed";

    private static IEnumerable<Contribution> All(Verdict v) =>
        v.Act.Criteria.Concat(v.Damage.Criteria).Concat(v.Causation.Criteria).Concat(v.Fault.Criteria).Concat(v.GatesAndDefences);

    private static string F(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);

}
