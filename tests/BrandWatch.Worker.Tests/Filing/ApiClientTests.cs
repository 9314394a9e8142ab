using BrandWatch.Rules.Cases;
using BrandWatch.Rules.Evidence;
using BrandWatch.Rules.Scoring;
using BrandWatch.Worker.Filing;
using BrandWatch.Worker.Tests.Fixtures;
using CsCheck;
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

        var first = await client.FileAsync(filing, ct);
        var second = await client.FileAsync(filing, ct);

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

        var result = await services.GetRequiredService<ApiClient>().FileAsync(filing, ct);

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

        var result = await services.GetRequiredService<ApiClient>().FileAsync(filing, ct);

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

        var result = await services.GetRequiredService<ApiClient>().FileAsync(filing, ct);

        Assert.Equal(FilingStatus.Unavailable, result.Status);
    }

    [Fact]
    public async Task File_ReCheckOfTheSameCaseLater_IsANewFilingOfTheSameCaseNotARefusal()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var api = await CaseApiServer.StartAsync();
        using var services = Services(api.Address, api.Key, retries: 0);
        var client = services.GetRequiredService<ApiClient>();
        var first = Filing("paypal-login.com", DateTimeOffset.UnixEpoch);
        var later = first with { ObservedAt = DateTimeOffset.UnixEpoch.AddDays(7) };

        var created = await client.FileAsync(first, ct);
        var recheck = await client.FileAsync(later, ct);

        Assert.Equal(FilingStatus.Created, created.Status);
        Assert.Equal(FilingStatus.Replayed, recheck.Status);
        Assert.Equal(created.CaseId, recheck.CaseId);
        Assert.Empty(api.Rejections);
        Assert.Equal(2, Assert.Single(api.Cases).Filings);
    }

    [Fact]
    public async Task LoopbackApi_KnownKeyWithAnotherBody_RefusesWith422LikeTheRealApi()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var api = await CaseApiServer.StartAsync();
        using var http = new HttpClient { BaseAddress = api.Address };
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", api.Key);
        var first = Filing("paypal-login.com", DateTimeOffset.UnixEpoch);
        var later = first with { ObservedAt = DateTimeOffset.UnixEpoch.AddDays(1) };

        async Task<int> PostAsync(CaseFiling filing)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "api/cases") { Content = new ByteArrayContent(IdempotencyKey.Body(filing)) };
            request.Headers.Add("Idempotency-Key", "same-key-for-both");
            using var response = await http.SendAsync(request, ct);
            return (int)response.StatusCode;
        }

        Assert.Equal(201, await PostAsync(first));
        Assert.Equal(201, await PostAsync(first));
        Assert.Equal(422, await PostAsync(later));
        Assert.Single(api.Rejections);
    }

    [Theory]
    [InlineData("paypal", "paypal-login.com", SubjectKind.Domain, 0, "paypal", "paypal-login.com", SubjectKind.Domain, 0, true)]
    [InlineData("paypal", "paypal-login.com", SubjectKind.Domain, 0, "paypal", "paypal-login.com", SubjectKind.Domain, 3, false)]
    [InlineData("paypal", "paypal-login.com", SubjectKind.Domain, 0, "paypal", "paypal-login.net", SubjectKind.Domain, 0, false)]
    [InlineData("paypal", "paypal-login.com", SubjectKind.Domain, 0, "apple", "paypal-login.com", SubjectKind.Domain, 0, false)]
    [InlineData("paypal", "paypal-login.com", SubjectKind.Domain, 0, "paypal", "paypal-login.com", SubjectKind.Phishing, 0, false)]
    public void Key_IsTheSameExactlyWhenTheBodyIsTheSame(string markA, string subjectA, SubjectKind kindA, int daysA, string markB, string subjectB, SubjectKind kindB, int daysB, bool same)
    {
        var a = Filing(subjectA, DateTimeOffset.UnixEpoch.AddDays(daysA)) with { Mark = markA, Kind = kindA };
        var b = Filing(subjectB, DateTimeOffset.UnixEpoch.AddDays(daysB)) with { Mark = markB, Kind = kindB };

        Assert.Equal(same, IdempotencyKey.For(a) == IdempotencyKey.For(b));
        Assert.Equal(same, IdempotencyKey.Body(a).AsSpan().SequenceEqual(IdempotencyKey.Body(b)));
    }

    [Fact]
    public void Key_NewEvidenceOrANewVerdict_GivesANewKey()
    {
        var before = Filing("paypal-login.com", DateTimeOffset.UnixEpoch);
        var newEvidence = before with { Evidence = before.Evidence with { Dns = before.Evidence.Dns! with { Mx = ["mail.paypal-login.com"] } } };
        var newRules = before with { Verdict = before.Verdict with { RuleVersion = "2099.1.1", Priority = before.Verdict.Priority + 10 } };

        Assert.NotEqual(IdempotencyKey.For(before), IdempotencyKey.For(newEvidence));
        Assert.NotEqual(IdempotencyKey.For(before), IdempotencyKey.For(newRules));
    }

    [Fact]
    public void Key_OfAFilingReadBackFromTheWorkState_IsTheKeyItWasStoredWith()
    {
        var filing = Filing("paypal-login.com", new DateTimeOffset(2026, 1, 10, 8, 0, 0, 123, TimeSpan.FromHours(2)));
        var stored = System.Text.Json.JsonSerializer.Serialize(filing, ContractJson.Options);

        var readBack = System.Text.Json.JsonSerializer.Deserialize<CaseFiling>(stored, ContractJson.Options)!; // just written

        Assert.Equal(IdempotencyKey.For(filing), IdempotencyKey.For(readBack));
    }

    /// <summary>Filings that differ in time (any offset, sub-second), subject, kind, priority and outcome.</summary>
    private static readonly Gen<CaseFiling> Filings = Gen.Select(
        Gen.Long[0, 4_102_444_800_000L],
        Gen.Int[-14 * 60, 14 * 60],
        Gen.OneOf("paypal-login.com", "xn--pypal-4ve.com", "https://paypal-login.com/signin?x=1&y=%20"),
        Gen.Int[0, 100],
        Gen.OneOf(Outcome.Unlikely, Outcome.Possible, Outcome.Likely),
        (millis, offsetMinutes, subject, priority, outcome) =>
        {
            var observed = DateTimeOffset.FromUnixTimeMilliseconds(millis).ToOffset(TimeSpan.FromMinutes(offsetMinutes));
            var filing = Filing(subject, observed) with { Kind = subject.StartsWith("https", StringComparison.Ordinal) ? SubjectKind.Phishing : SubjectKind.Domain };
            return filing with { Verdict = filing.Verdict with { Priority = priority, Outcome = outcome, Overall = priority / 100.0 } };
        });

    [Fact]
    public void Key_AnyFilingReadBackFromTheWorkState_KeepsItsBytesAndItsKey() =>
        Filings.Sample(filing =>
        {
            var readBack = System.Text.Json.JsonSerializer.Deserialize<CaseFiling>(System.Text.Json.JsonSerializer.Serialize(filing, ContractJson.Options), ContractJson.Options)!;

            Assert.Equal(IdempotencyKey.Body(filing), IdempotencyKey.Body(readBack));
            Assert.Equal(IdempotencyKey.For(filing), IdempotencyKey.For(readBack));
        }, iter: 2000);

    [Fact]
    public async Task File_AnyFilingSentTwice_IsFiledOnceAndReplayedOnce()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var api = await CaseApiServer.StartAsync();
        using var services = Services(api.Address, api.Key, retries: 0);
        var client = services.GetRequiredService<ApiClient>();

        await Filings.SampleAsync(async filing =>
        {
            var posts = api.Posts;
            var first = await client.FileAsync(filing, ct);
            var again = await client.FileAsync(filing, ct);

            Assert.NotEqual(FilingStatus.Rejected, first.Status);
            Assert.Equal(FilingStatus.Replayed, again.Status);
            Assert.Equal(first.CaseId, again.CaseId);
            Assert.Equal(posts + 2, api.Posts);
        }, iter: 150, threads: 1);

        Assert.Empty(api.Rejections);
        Assert.Equal(3, api.Cases.Count); // one open case per (mark, subject, kind)
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
