using System.Globalization;
using System.Text.RegularExpressions;
namespace BrandWatch.Bench.Tests;

/// <summary><c>api scale</c> files into a copy of a filled database and then times the list queries on it.</summary>
public sealed class ApiScaleBenchTests
{
    [Fact]
    public async Task Run_SqliteOnly_FilesIntoTheFilledCasesAndReportsTheListAtTheirSum()
    {
        var output = new StringWriter();

        var code = await Harness.Create().Parse(["api", "scale", "--cases", "3000", "--owners", "10", "--days", "30", "--filings", "300", "--warm-up", "100", "--batch", "50", "--samples", "5"])
            .InvokeAsync(new System.CommandLine.InvocationConfiguration { Output = output }, TestContext.Current.CancellationToken);

        Assert.Equal(0, code);
        var text = output.ToString();
        Assert.Contains("filled with 3000 cases of 10 owners over 30 days (SQLite: 3000 cases filled in", text, StringComparison.Ordinal);
        // The timed filings start from the fill plus the warm-up, and every one of them is a new case the list then counts.
        var row = Regex.Match(text, @"^\| 1 \| SQLite \| 1 \| [0-9:–]+ \| [0-9.]+ → [0-9.]+ \| 3100 \| ([0-9]+) \| ", RegexOptions.Multiline);
        Assert.True(row.Success, text);
        Assert.True(int.Parse(row.Groups[1].Value, CultureInfo.InvariantCulture) > 0, text);
        Assert.Contains("| round 1, SQLite, 1 instance(s): list query at 3400 cases | p50 ms | p99 ms |", text, StringComparison.Ordinal);
        Assert.DoesNotContain("| PostgreSQL |", text, StringComparison.Ordinal); // no PostgreSQL run without --connection
    }

    [Fact]
    public async Task Run_ConnectionToSqlite_IsRefusedBeforeAnyFill()
    {
        var code = await Harness.Create().Parse(["api", "scale", "--cases", "3000", "--connection", "Data Source=/tmp/never-made.db"])
            .InvokeAsync(new System.CommandLine.InvocationConfiguration { Output = new StringWriter() }, TestContext.Current.CancellationToken);

        Assert.Equal(2, code);
        Assert.False(File.Exists("/tmp/never-made.db"));
    }
}
