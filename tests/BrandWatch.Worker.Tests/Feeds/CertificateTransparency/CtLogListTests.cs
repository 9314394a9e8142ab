using BrandWatch.Worker.Feeds.CertificateTransparency;

namespace BrandWatch.Worker.Tests.Feeds.CertificateTransparency;

public sealed class CtLogListTests
{
    [Fact]
    public void Load_SampleLogList_ReadsOnlyUsableAndQualifiedLogs()
    {
        var list = CtLogList.Load(RepoPaths.Of("samples", "ct", "log-list.json"));

        Assert.Equal(["usable", "qualified"], list.Logs.Select(l => l.State));
        Assert.Equal(new Uri("https://oak.ct.example.org/2026h2/"), list.Logs[0].Url);
        Assert.Equal("b1N2rDHwMRnYmQCkURX/dxUcEdkCwQApBo2yCJo32RM=", list.Logs[0].LogId);
        Assert.Equal(new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero), list.Logs[0].IntervalEnd);
        Assert.Equal(2, list.LeftOut.Count);
        Assert.Contains(list.LeftOut, r => r.EndsWith("state readonly", StringComparison.Ordinal));
        Assert.Contains(list.LeftOut, r => r.EndsWith("state retired", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_UrlWithoutTrailingSlash_KeepsTheLastPathSegment()
    {
        var list = CtLogList.Parse("""{ "operators": [ { "logs": [ { "log_id": "aWQ=", "url": "https://ct.example.org/2026", "state": { "usable": {} } } ] } ] }""", "list.json");

        Assert.Equal(new Uri("https://ct.example.org/2026/ct/v1/get-sth"), new Uri(Assert.Single(list.Logs).Url, "ct/v1/get-sth"));
    }

    [Theory]
    [InlineData("not json", "list.json: the CT log list is not JSON")]
    [InlineData("""{ "logs": [] }""", "list.json: the CT log list has no \"operators\" array")]
    [InlineData("[]", "list.json: the CT log list has no \"operators\" array")]
    public void Parse_BadList_FailsWithAMessageNamingTheFile(string json, string expected)
    {
        var error = Assert.Throws<InvalidDataException>(() => CtLogList.Parse(json, "list.json"));

        Assert.StartsWith(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_LogWithoutUrl_IsLeftOutWithTheReason()
    {
        var list = CtLogList.Parse("""{ "operators": [ { "logs": [ { "description": "d", "log_id": "aWQ=", "state": { "usable": {} } } ] } ] }""", "list.json");

        Assert.Empty(list.Logs);
        Assert.Equal(["d: no log_id or no http(s) url"], list.LeftOut);
    }
}
