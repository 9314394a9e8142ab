namespace BrandWatch.Bench.Tests;

/// <summary>The harness's api verbs refuse what they cannot run before they fill anything.</summary>
public sealed class ApiBenchTests
{
    [Theory]
    [InlineData(new[] { "api", "--cases", "abc" }, "--cases must be a positive whole number (got 'abc')")]
    [InlineData(new[] { "api", "--instances", "0" }, "--instances must be a positive whole number (got '0')")]
    [InlineData(new[] { "api", "stats", "--days", "-3" }, "--days must be a positive whole number (got '-3')")]
    [InlineData(new[] { "api", "package", "--seconds", "1.5" }, "--seconds must be a positive whole number (got '1.5')")]
    [InlineData(new[] { "api", "stats", "--bogus" }, "Unrecognized command or argument '--bogus'.")]
    [InlineData(new[] { "api", "list", "--samples", "0" }, "--samples must be a positive whole number (got '0')")]
    [InlineData(new[] { "api", "list", "--owners", "many" }, "--owners must be a positive whole number (got 'many')")]
    public void Parse_BadArguments_NamesTheProblem(string[] args, string error)
    {
        var parsed = Harness.Create().Parse(args);

        Assert.Contains(parsed.Errors, e => e.Message == error);
    }

    [Fact]
    public void Parse_StatsWithValues_CarriesThemToTheCommand()
    {
        var parsed = Harness.Create().Parse(["api", "stats", "--cases", "5000", "--owners", "3", "--db", "/tmp/x.db"]);

        Assert.Empty(parsed.Errors);
        Assert.Equal("stats", parsed.CommandResult.Command.Name);
        Assert.Equal(5000, parsed.GetValue<int>("--cases"));
        Assert.Equal(3, parsed.GetValue<int>("--owners"));
        Assert.Equal(365, parsed.GetValue<int>("--days"));
        Assert.Equal("/tmp/x.db", parsed.GetValue<string?>("--db"));
    }

    [Fact]
    public async Task Help_PrintsTheOptionsAndFillsNothing()
    {
        var output = new StringWriter();
        var before = Directory.GetDirectories(Path.GetTempPath(), "brandwatch-bench-stats-*").Length;

        var code = await Harness.Create().Parse(["api", "stats", "--help"]).InvokeAsync(new System.CommandLine.InvocationConfiguration { Output = output }, TestContext.Current.CancellationToken);

        Assert.Equal(0, code);
        Assert.Contains("--peer-samples", output.ToString(), StringComparison.Ordinal);
        Assert.Equal(before, Directory.GetDirectories(Path.GetTempPath(), "brandwatch-bench-stats-*").Length);
    }
}
