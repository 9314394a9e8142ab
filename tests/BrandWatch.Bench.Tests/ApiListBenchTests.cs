using System.Globalization;
using System.Text.RegularExpressions;
namespace BrandWatch.Bench.Tests;

/// <summary><c>api list</c> fills a real SQLite database and reports p50 and p99 for each list query and all together.</summary>
public sealed class ApiListBenchTests
{
    private static readonly string[] Queries =
    [
        "first page, no filter (ci)", "status=new", "owner filter", "brand manager (own owner)", "priority 90-100",
        "mark + kind", "text search q=", "counts per status", "cursor pages 2-10", "all list queries",
    ];

    [Fact]
    public async Task Run_SmallFill_ReportsEveryQueryWithItsPercentiles()
    {
        var output = new StringWriter();

        var code = await Harness.Create().Parse(["api", "list", "--cases", "3000", "--owners", "10", "--days", "30", "--samples", "5"])
            .InvokeAsync(new System.CommandLine.InvocationConfiguration { Output = output }, TestContext.Current.CancellationToken);

        Assert.Equal(0, code);
        var text = output.ToString();
        Assert.Contains("database: SQLite", text, StringComparison.Ordinal);
        Assert.Contains("cases: 3000 of 10 owners over 30 days, filled through the triggers in", text, StringComparison.Ordinal);
        Assert.Contains("samples per query: 5", text, StringComparison.Ordinal);
        Assert.Contains("| list query at 3000 cases | p50 ms | p99 ms |", text, StringComparison.Ordinal);
        foreach (var query in Queries)
        {
            var row = Regex.Match(text, "^\\| " + Regex.Escape(query) + " \\| ([0-9.]+) \\| ([0-9.]+) \\|$", RegexOptions.Multiline);
            Assert.True(row.Success, $"no row for '{query}' in:\n{text}");
            var p50 = double.Parse(row.Groups[1].Value, CultureInfo.InvariantCulture);
            var p99 = double.Parse(row.Groups[2].Value, CultureInfo.InvariantCulture);
            Assert.True(p50 > 0 && p99 >= p50, $"'{query}': p50 {p50}, p99 {p99}");
        }
    }
}
