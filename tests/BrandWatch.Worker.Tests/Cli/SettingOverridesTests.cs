using BrandWatch.Worker.Cli;

namespace BrandWatch.Worker.Tests.Cli;

public sealed class SettingOverridesTests
{
    [Fact]
    public void AddTo_WellFormedOverrides_SetsEachKeyAndKeepsEqualsInValues()
    {
        var settings = new Dictionary<string, string?> { ["Api:Key"] = "old" };

        var error = SettingOverrides.AddTo(settings, ["Api:Key=bw_new", "Api:BaseUrl=http://127.0.0.1:5080/?a=b"]);

        Assert.Null(error);
        Assert.Equal("bw_new", settings["Api:Key"]);
        Assert.Equal("http://127.0.0.1:5080/?a=b", settings["Api:BaseUrl"]);
    }

    [Theory]
    [InlineData("Api:Key")]
    [InlineData("=value")]
    public void AddTo_MalformedOverride_NamesItAndStops(string bad)
    {
        var settings = new Dictionary<string, string?>();

        var error = SettingOverrides.AddTo(settings, ["Pipeline:BatchSize=10", bad, "Api:Key=x"]);

        Assert.Equal($"error: --set {bad}: expected Section:Key=Value", error);
        Assert.False(settings.ContainsKey("Api:Key"));
    }
}
