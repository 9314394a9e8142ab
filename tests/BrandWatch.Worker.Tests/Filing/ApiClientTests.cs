using BrandWatch.Rules.Cases;
using BrandWatch.Rules.Evidence;
using BrandWatch.Rules.Scoring;
using BrandWatch.Worker.Filing;
using BrandWatch.Worker.Tests.Fixtures;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace BrandWatch.Worker.Tests.Filing;

public sealed class ApiClientTests
{
    [Fact]
    public async Task File_SameCaseTwice_CreatesOnceAndReplaysTheSameId()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var api = await CaseApiServer.StartAsync();
        using var services = Services(api.Address, api.Key, retries: 0);
        var client = services.GetRequiredService<ApiClient>();
        var filing = Filing("paypal-login.com", DateTimeOffset.Parse("2026-01-10T08:00:00Z", System.Globalization.CultureInfo.InvariantCulture));

        var first = await client.FileAsync(filing, IdempotencyKey.For(filing), ct);
        var second = await client.FileAsync(filing, IdempotencyKey.For(filing), ct);

        Assert.Equal(FilingStatus.Created, first.Status);
        Assert.Equal(FilingStatus.Replayed, second.Status);
        Assert.Equal(first.CaseId, second.CaseId);
        var stored = Assert.Single(api.Cases);
        Assert.Equal("paypal-login.com", stored.Filing.Subject);
        Assert.Contains("\"kind\":\"domain\"", stored.Json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task File_ServerErrorsThenSuccess_RetriesWithinTheCall()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var api = await CaseApiServer.StartAsync();
        api.FailNext(2);
        using var services = Services(api.Address, api.Key, retries: 3);
        var filing = Filing("paypal-login.com", DateTimeOffset.UnixEpoch);

        var result = await services.GetRequiredService<ApiClient>().FileAsync(filing, IdempotencyKey.For(filing), ct);

        Assert.Equal(FilingStatus.Created, result.Status);
        Assert.Equal(3, api.Posts);
    }

    [Fact]
    public async Task File_WrongKey_IsRejectedWithoutRetrying()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var api = await CaseApiServer.StartAsync();
        using var services = Services(api.Address, "not-the-right-key", retries: 3);
        var filing = Filing("paypal-login.com", DateTimeOffset.UnixEpoch);

        var result = await services.GetRequiredService<ApiClient>().FileAsync(filing, IdempotencyKey.For(filing), ct);

        Assert.Equal(FilingStatus.Rejected, result.Status);
        Assert.StartsWith("401", result.Detail, StringComparison.Ordinal);
        Assert.Equal(1, api.Posts);
        Assert.Empty(api.Cases);
    }

    [Fact]
    public async Task File_NothingListening_ReportsUnavailableAfterRetries()
    {
        var ct = TestContext.Current.CancellationToken;
        Uri address;
        await using (var gone = await CaseApiServer.StartAsync())
        {
            address = gone.Address;
        }

        using var services = Services(address, "test-worker-key-0001", retries: 2);
        var filing = Filing("paypal-login.com", DateTimeOffset.UnixEpoch);

        var result = await services.GetRequiredService<ApiClient>().FileAsync(filing, IdempotencyKey.For(filing), ct);

        Assert.Equal(FilingStatus.Unavailable, result.Status);
    }

    [Theory]
    [InlineData("paypal", "paypal-login.com", SubjectKind.Domain, "paypal", "paypal-login.com", SubjectKind.Domain, true)]
    [InlineData("paypal", "paypal-login.com", SubjectKind.Domain, "paypal", "paypal-login.net", SubjectKind.Domain, false)]
    [InlineData("paypal", "paypal-login.com", SubjectKind.Domain, "apple", "paypal-login.com", SubjectKind.Domain, false)]
    [InlineData("paypal", "paypal-login.com", SubjectKind.Domain, "paypal", "paypal-login.com", SubjectKind.Phishing, false)]
    public void Key_DependsOnMarkSubjectKindOnly_NotOnObservationTimes(string markA, string subjectA, SubjectKind kindA, string markB, string subjectB, SubjectKind kindB, bool same)
    {
        var a = Filing(subjectA, DateTimeOffset.UnixEpoch) with { Mark = markA, Kind = kindA };
        var b = Filing(subjectB, DateTimeOffset.UnixEpoch.AddDays(3)) with { Mark = markB, Kind = kindB };

        Assert.Equal(same, IdempotencyKey.For(a) == IdempotencyKey.For(b));
    }

    [Fact]
    public void Key_NewEvidence_GivesANewKey()
    {
        var before = Filing("paypal-login.com", DateTimeOffset.UnixEpoch);
        var after = before with { Evidence = before.Evidence with { Dns = before.Evidence.Dns! with { Mx = ["mail.paypal-login.com"] } } };

        Assert.NotEqual(IdempotencyKey.For(before), IdempotencyKey.For(after));
    }

    private static ServiceProvider Services(Uri address, string key, int retries)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Api:BaseUrl"] = address.ToString(),
            ["Api:Key"] = key,
            ["Api:Retries"] = retries.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Api:RetryDelay"] = "00:00:00.020",
            ["Api:Timeout"] = "00:00:05",
        }).Build();
        var services = new ServiceCollection();
        services.AddOptions<ApiOptions>().Bind(configuration.GetSection(ApiOptions.Section));
        services.AddApiClient();
        return services.BuildServiceProvider();
    }

    private static CaseFiling Filing(string domain, DateTimeOffset observedAt)
    {
        var none = new ElementScore(0, []);
        return new CaseFiling
        {
            Mark = "paypal",
            Subject = domain,
            Kind = SubjectKind.Domain,
            Evidence = new CaseEvidence { Dns = new DnsEvidence { Domain = domain, Outcome = DnsOutcome.Resolved, A = ["127.0.0.1"], ObservedAt = observedAt } },
            Verdict = new Verdict
            {
                Act = none, Damage = none, Causation = none, Fault = none, GatesAndDefences = [], Fits = new Fits(0, 0, 0),
                Overall = 0, Priority = 0, Outcome = Outcome.Unlikely, DisputePath = DisputePath.None, Action = RecommendedAction.Monitor,
                ActionReason = "test", RuleVersion = "t", RuleHash = "t",
            },
            ObservedAt = observedAt,
        };
    }
}
