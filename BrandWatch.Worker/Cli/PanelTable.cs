using System.Globalization;
using System.Text;
using BrandWatch.Rules.Cases;
using BrandWatch.Rules.RuleCases;

namespace BrandWatch.Worker.Cli;

/// <summary>
/// <c>rules test --format panel</c>: every case that cites a published decision as one Markdown row (the case, its
/// provider and number, the decision date, the panel's order, the scorer's action and whether they agree), transfers
/// and cancellations first, so the table in docs/quality.md is produced, never typed.
/// </summary>
internal static class PanelTable
{
    public static string Markdown(IReadOnlyList<RuleCaseResult> results, string ruleVersion)
    {
        var builder = new StringBuilder();
        builder.Append(CultureInfo.InvariantCulture, $"| case | provider and number | date | panel | scorer (rules {ruleVersion}) | agrees |\n");
        builder.Append("|---|---|---|---|---|---|\n");
        var rows = results.Where(r => r.Case.Panel is not null)
            .OrderBy(r => r.Case.Panel!.Outcome == PanelOutcome.Denied)
            .ThenBy(r => r.Case.Name, StringComparer.Ordinal);
        foreach (var result in rows)
        {
            var panel = result.Case.Panel!;
            var link = result.Case.File.Replace('\\', '/');
            var agrees = PanelAgreement.Agrees(panel.Outcome, result.Verdict);
            builder.Append(CultureInfo.InvariantCulture,
                $"| [{result.Case.Name}]({link}) | {Stated(panel.Provider)} {Stated(panel.Case)} | {panel.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "—"} | " +
                $"{WireName.Kebab(panel.Outcome)} | {WireName.Kebab(result.Verdict.Action)} | {(agrees ? "yes" : "**no**")} |\n");
        }

        return builder.ToString();
    }

    /// <summary>A provider or number the text read does not give is shown as a dash.</summary>
    private static string Stated(string value) =>
        value.Length == 0 || value.Contains("not stated", StringComparison.OrdinalIgnoreCase) ? "—" : value.Replace("|", "/", StringComparison.Ordinal);
}
