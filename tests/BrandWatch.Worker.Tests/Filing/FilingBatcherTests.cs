using BrandWatch.Rules.Cases;
using BrandWatch.Rules.Evidence;
using BrandWatch.Rules.Scoring;
using BrandWatch.Worker.Filing;
using BrandWatch.Worker.Tests.Fixtures;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace BrandWatch.Worker.Tests.Filing;

/// <summary>
/// The Worker's batching filer against the real Api process (127.0.0.1, its own SQLite file): filings that arrive
/// together go as one <c>POST /api/cases/batch</c>, and each caller still gets its own filing's result.
/// </summary>
public sealed class FilingBatcherTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task File_TwentyAtOnceThenTheSameAgain_CreatesTwentyCasesThenReplaysEachToItsOwnCase()
    {
        var ct = TestContext.Current.CancellationToken;
        using var api = await ApiProcess.StartAsync(_folder.Path, RepoPaths.Of("samples", "marks.json"), ct);
        await using var services = Services(api, batchSize: 50);
        var batcher = services.GetRequiredService<FilingBatcher>();
        var filings = Enumerable.Range(0, 20).Select(i => Filing("paypal", $"paypal-batch-{i}.com")).ToList();

        var first = await Task.WhenAll(filings.Select(f => batcher.FileAsync(f, ct)));
        var again = await Task.WhenAll(filings.Select(f => batcher.FileAsync(f, ct)));
        var cases = await api.CasesAsync(ct);

        Assert.All(first, r => Assert.Equal(FilingStatus.Created, r.Status));
        Assert.All(again, r => Assert.Equal(FilingStatus.Replayed, r.Status));
        Assert.Equal(first.Select(r => r.CaseId), again.Select(r => r.CaseId));
        Assert.Equal(20, first.Select(r => r.CaseId).Distinct().Count());
        Assert.Equal(20, cases.Count);
        Assert.All(cases, c => Assert.Equal(1, c.GetProperty("evidence").GetArrayLength()));
        var bySubject = cases.ToDictionary(c => c.GetProperty("case").GetProperty("subject").GetString()!, c => c.GetProperty("case").GetProperty("id").ToString());
        Assert.Equal(filings.Select(f => bySubject[f.Subject]), first.Select(r => r.CaseId));
    }

    [Fact]
    public async Task File_ABatchWithAFilingForAnUnknownMark_RejectsThatOneAndFilesTheOthers()
    {
        var ct = TestContext.Current.CancellationToken;
        using var api = await ApiProcess.StartAsync(_folder.Path, RepoPaths.Of("samples", "marks.json"), ct);
        await using var services = Services(api, batchSize: 10);
        var batcher = services.GetRequiredService<FilingBatcher>();

        var results = await Task.WhenAll(
            batcher.FileAsync(Filing("paypal", "paypal-one.com"), ct),
            batcher.FileAsync(Filing("no-such-mark", "no-such-mark-shop.com"), ct),
            batcher.FileAsync(Filing("apple", "apple-two.com"), ct));

        Assert.Equal([FilingStatus.Created, FilingStatus.Rejected, FilingStatus.Created], results.Select(r => r.Status));
        Assert.StartsWith("422", results[1].Detail, StringComparison.Ordinal);
        Assert.Contains("unknown-mark", results[1].Detail, StringComparison.Ordinal);
        Assert.Equal(2, (await api.CasesAsync(ct)).Count);
    }

    [Fact]
    public async Task File_ApiDownThenBack_ReportsEveryFilingUnavailableThenFilesEachOnceUnderItsKey()
    {
        var ct = TestContext.Current.CancellationToken;
        using var api = await ApiProcess.StartAsync(_folder.Path, RepoPaths.Of("samples", "marks.json"), ct);
        await using var services = Services(api, batchSize: 10);
        var batcher = services.GetRequiredService<FilingBatcher>();
        var filings = Enumerable.Range(0, 5).Select(i => Filing("shell", $"shell-down-{i}.com")).ToList();
        api.Stop();

        var whileDown = await Task.WhenAll(filings.Select(f => batcher.FileAsync(f, ct)));
        await api.StartAsync(ct);
        var later = await Task.WhenAll(filings.Select(f => batcher.FileAsync(f, ct)));

        Assert.All(whileDown, r => Assert.Equal(FilingStatus.Unavailable, r.Status));
        Assert.All(later, r => Assert.Equal(FilingStatus.Created, r.Status));
        Assert.Equal(5, (await api.CasesAsync(ct)).Count);
    }

    [Fact]
    public async Task File_BatchSizeOne_FilesEachThroughTheSingleEndpointAsBefore()
    {
        var ct = TestContext.Current.CancellationToken;
        using var api = await ApiProcess.StartAsync(_folder.Path, RepoPaths.Of("samples", "marks.json"), ct);
        await using var services = Services(api, batchSize: 1);
        var batcher = services.GetRequiredService<FilingBatcher>();
        var filing = Filing("paypal", "paypal-alone.com");

        var first = await batcher.FileAsync(filing, ct);
        // The same bytes through the batch endpoint: the same key, so the single filing's answer replayed.
        var batched = await services.GetRequiredService<ApiClient>().FileBatchAsync([filing], ct);

        Assert.Equal(FilingStatus.Created, first.Status);
        Assert.Equal((FilingStatus.Replayed, first.CaseId), (Assert.Single(batched).Status, batched[0].CaseId));
    }

    private static ServiceProvider Services(ApiProcess api, int batchSize)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Api:BaseUrl"] = api.Address.ToString(),
            ["Api:Key"] = api.WorkerKey,
            ["Api:Retries"] = "0",
            // Generous: the first batch meets a cold Api process, and a loaded machine must not fail a test of behaviour.
            ["Api:Timeout"] = "00:01:00",
            ["Api:FilingBatchSize"] = batchSize.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Api:FilingBatchDelay"] = "00:00:00.300",
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddOptions<ApiOptions>().Bind(configuration.GetSection(ApiOptions.Section));
        services.AddApiClient();
        services.AddSingleton<FilingBatcher>();
        return services.BuildServiceProvider();
    }

    private static CaseFiling Filing(string mark, string domain)
    {
        var observedAt = DateTimeOffset.UtcNow.AddMinutes(-5);
        var score = new ElementScore(0.5, []);
        return new CaseFiling
        {
            Mark = mark,
            Subject = domain,
            Kind = SubjectKind.Domain,
            Evidence = new CaseEvidence { Dns = new DnsEvidence { Domain = domain, Outcome = DnsOutcome.Resolved, A = ["192.0.2.7"], ObservedAt = observedAt } },
            Verdict = new Verdict
            {
                Act = score, Damage = score, Causation = score, Fault = score, GatesAndDefences = [], Fits = new Fits(0, 0, 0),
                Overall = 0.5, Priority = 50, Outcome = Outcome.Possible, DisputePath = DisputePath.None, Action = RecommendedAction.Monitor,
                ActionReason = "test", RuleVersion = "t", RuleHash = "t",
            },
            ObservedAt = observedAt,
        };
    }

    public void Dispose() => _folder.Dispose();
}
