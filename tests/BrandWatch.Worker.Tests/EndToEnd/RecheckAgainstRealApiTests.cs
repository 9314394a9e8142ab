using System.Text.Json;
using System.Text.Json.Nodes;
using BrandWatch.Worker.Feeds;
using BrandWatch.Worker.Tests.Fixtures;

namespace BrandWatch.Worker.Tests.EndToEnd;

/// <summary>
/// Re-checks filed into the real Api process: the Worker's Idempotency-Key and the Api's body comparison must agree,
/// or a re-check (a later observation time, a new verdict) comes back 422 and is dropped before it reaches the case.
/// </summary>
public sealed class RecheckAgainstRealApiTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task Recheck_AfterARuleChange_ReachesTheRealApiWithTheNewVerdict()
    {
        var ct = TestContext.Current.CancellationToken;
        using var dns = await Dnsmasq.StartAsync(new Dictionary<string, string> { ["santander-verify.com"] = "127.0.0.1" });
        await using var sites = await SiteServer.StartAsync(new HashSet<string>());
        using var api = await ApiProcess.StartAsync(_folder.Path, RepoPaths.Of("samples", "marks.json"), ct);
        var rules = _folder.File("rules.json");
        await File.WriteAllTextAsync(rules, await File.ReadAllTextAsync(RepoPaths.Of("samples", "rules.json"), ct), ct);
        var feed = _folder.File("feed.txt");
        Feeds.FeedFilesTests.WriteFeed(feed, "santander-verify.com");
        await using var worker = await WorkerFixture.StartAsync(Settings(api, dns, sites, rules));

        await worker.Pipeline.PullAsync(new FileFeed("nrd", feed), ct);
        await worker.Pipeline.WaitIdleAsync(ct);
        var before = Assert.Single(await api.CasesAsync(ct));
        await File.WriteAllTextAsync(rules, StricterRules(await File.ReadAllTextAsync(rules, ct)), ct);
        var reopened = await worker.Pipeline.RecheckAsync("santander-verify.com", "santander", ct);
        await worker.Pipeline.WaitIdleAsync(ct);

        var after = Assert.Single(await api.CasesAsync(ct));
        var counts = await worker.Store.CountsAsync(ct);
        Assert.True(reopened);
        Assert.Equal(0, counts.GetValueOrDefault("Dropped"));
        Assert.Equal(2, after.GetProperty("evidence").GetArrayLength());
        Assert.Equal(BrandWatch.Rules.Scoring.Configuration.RuleSetJson.Default.Version, before.GetProperty("verdict").GetProperty("ruleVersion").GetString());
        Assert.Equal("2099.1.1-recheck", after.GetProperty("verdict").GetProperty("ruleVersion").GetString());
        Assert.True(
            after.GetProperty("case").GetProperty("priority").GetInt32() > before.GetProperty("case").GetProperty("priority").GetInt32(),
            $"priority {before.GetProperty("case").GetProperty("priority")} -> {after.GetProperty("case").GetProperty("priority")}");
    }

    [Fact]
    public async Task Recheck_UnchangedEvidenceLater_IsRecordedAsASecondLookAtTheSameCase()
    {
        var ct = TestContext.Current.CancellationToken;
        using var dns = await Dnsmasq.StartAsync(new Dictionary<string, string> { ["santander-verify.com"] = "127.0.0.1" });
        await using var sites = await SiteServer.StartAsync(new HashSet<string>());
        using var api = await ApiProcess.StartAsync(_folder.Path, RepoPaths.Of("samples", "marks.json"), ct);
        var feed = _folder.File("feed.txt");
        Feeds.FeedFilesTests.WriteFeed(feed, "santander-verify.com");
        await using var worker = await WorkerFixture.StartAsync(Settings(api, dns, sites, rules: null));

        await worker.Pipeline.PullAsync(new FileFeed("nrd", feed), ct);
        await worker.Pipeline.WaitIdleAsync(ct);
        var reopened = await worker.Pipeline.RecheckAsync("santander-verify.com", "santander", ct);
        await worker.Pipeline.WaitIdleAsync(ct);

        var only = Assert.Single(await api.CasesAsync(ct));
        var counts = await worker.Store.CountsAsync(ct);
        Assert.True(reopened);
        Assert.Equal(0, counts.GetValueOrDefault("Dropped"));
        var filings = only.GetProperty("evidence").EnumerateArray().Select(e => e.GetProperty("observedAt").GetDateTimeOffset()).ToList();
        Assert.Equal(2, filings.Count);
        Assert.NotEqual(filings[0], filings[1]);
    }

    /// <summary>A new version that weighs every criterion more: the same evidence gets a higher priority.</summary>
    private static string StricterRules(string json)
    {
        var root = JsonNode.Parse(json)!.AsObject(); // the sample rules file is a JSON object
        root["version"] = "2099.1.1-recheck";
        var weights = root["weights"]!.AsObject(); // present in the sample rules
        foreach (var name in weights.Select(p => p.Key).ToList())
        {
            if (weights[name] is JsonValue value && value.TryGetValue<double>(out var weight))
            {
                weights[name] = Math.Min(1.0, weight * 2);
            }
        }

        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    private Dictionary<string, string?> Settings(ApiProcess api, Dnsmasq dns, LoopbackServer sites, string? rules)
    {
        var settings = LoopbackWorkerSettings.Create(Path.Combine(_folder.Path, "state"), api, dns, sites)
            .ToDictionary(p => p.Key, p => (string?)p.Value);
        settings["Portfolio:Path"] = RepoPaths.Of("samples", "marks.json");
        settings["Pipeline:PollInterval"] = "00:00:00.100";
        settings["Pipeline:RetryBase"] = "00:00:00.050";
        settings["Pipeline:RetryMax"] = "00:00:00.500";
        if (rules is not null)
        {
            settings["Portfolio:RulesPath"] = rules;
        }

        return settings;
    }

    public void Dispose() => _folder.Dispose();
}
