using System.Net;
using System.Text.Json;
using BrandWatch.Api.Auth;
using BrandWatch.Api.Cases.Filing;
using BrandWatch.Api.Storage;
using BrandWatch.Api.Tests.Infrastructure;
using BrandWatch.Rules.Cases;
using Microsoft.Extensions.DependencyInjection;

namespace BrandWatch.Api.Tests.ScaleOut;

/// <summary>
/// The set-based start of a writer transaction on PostgreSQL (<see cref="NewCases"/>): which filings it inserts
/// together, and which it leaves to the per-filing path because something in the transaction could change what they find.
/// </summary>
[Collection(PostgresGroup.Name)]
public sealed class NewCasesTests(PostgresFixture postgres)
{
    private const string Owner = "Acme Corp";

    private static readonly Caller Worker = new("worker-key", Roles.Worker, []);

    [Fact]
    public async Task Start_InsertsTheNewNamesTogetherAndLeavesToThePerFilingPathWhatTheTransactionCouldChange()
    {
        await using var api = await ProviderApi.StartWithAdminAndWorkerAsync(postgres, "postgresql");
        await (await api["admin"].PostJsonAsync("/api/marks", TestData.Mark("orbit", Owner))).ExpectAsync(HttpStatusCode.Created);
        await (await api["worker"].PostJsonAsync("/api/cases", TestData.Filing("orbit", "orbit-open.com", 60))).ExpectAsync(HttpStatusCode.Created);

        var batch = new[]
        {
            Pending(TestData.Filing("orbit", "orbit-new-1.com", 70), "k1"),
            Pending(TestData.Filing("orbit", "orbit-new-2.com", 70), null),
            Pending(TestData.Filing("orbit", "orbit-open.com", 80), "k3"),       // an open case: files onto it per filing
            Pending(TestData.Filing("orbit", "orbit-twice.com", 70), "k4"),      // two filings of one name
            Pending(TestData.Filing("ORBIT", "orbit-twice.com", 75), "k5"),
            Pending(TestData.Filing("orbit", "orbit-key.com", 70), "k6"),        // one key sent twice
            Pending(TestData.Filing("orbit", "orbit-key-again.com", 70), "k6"),
            Pending(TestData.Filing("nomark", "nomark-shop.com", 70), "k8"),     // refused: no such mark
        };

        var database = api.Services.GetRequiredService<ApiDatabase>();
        await using var connection = await database.OpenAsync(HttpTest.Ct);
        await using var transaction = await connection.BeginTransactionAsync(HttpTest.Ct);
        var lookups = await FilingLookups.LoadAsync(connection, transaction, database.Dialect, batch, string.Empty);
        var started = await NewCases.StartAsync(connection, transaction, batch, [.. Enumerable.Range(0, batch.Length)], lookups, "2026-12-05T04:00:00.0000000Z");

        Assert.Equal([0, 1, 2], started.Keys.Order());
        Assert.All(new[] { 0, 1 }, i => Assert.NotNull(started[i].Inserted));
        Assert.Null(started[2].Inserted);
        Assert.Equal([true, false, true], new[] { 0, 1, 2 }.Select(i => started[i].KeyAtCommit));
        var inserted = await Dapper.SqlMapper.QueryAsync<(long Id, string Subject, string FiledAt, string FirstSeenAt)>(connection,
            "SELECT id, subject, filed_at, first_seen_at FROM cases WHERE subject LIKE 'orbit-new-%' ORDER BY id", transaction: transaction);
        Assert.Equal([(started[0].Inserted!.Id, "orbit-new-1.com"), (started[1].Inserted!.Id, "orbit-new-2.com")], inserted.Select(r => (r.Id, r.Subject)));
        Assert.All(inserted, r => Assert.Equal(("2026-12-05T04:00:00.0000000Z", "2026-12-05T04:00:00.0000000Z"), (r.FiledAt, r.FirstSeenAt)));
        // The started filings' keys are not claimed: each is inserted with its answer at commit.
        var claims = await Dapper.SqlMapper.QueryAsync<string>(connection, "SELECT idempotency_key FROM idempotency_keys ORDER BY 1", transaction: transaction);
        Assert.Empty(claims);
    }

    private static PendingFiling Pending(CaseFiling filing, string? key) =>
        new(filing, filing.Subject, new Uri("https://" + filing.Subject).Host, JsonSerializer.SerializeToUtf8Bytes(filing, ContractJson.Options), Worker, key);
}
