using System.Net;
using BrandWatch.Api.Tests.Infrastructure;
using BrandWatch.Rules.Cases;
using Dapper;

namespace BrandWatch.Api.Tests.Stats;

/// <summary>
/// The migrations' back-fill statements (which count an existing database when a migration adds the tables) give the
/// same rows as the triggers that count each filing, review and takedown as it happens.
/// </summary>
public sealed partial class StatsBackfillTests : IAsyncLifetime
{
    private readonly StatsHost api = new();

    public ValueTask InitializeAsync() => api.InitializeAsync();

    public ValueTask DisposeAsync() => api.DisposeAsync();

    private static DateTimeOffset At(int month, int day, int hour = 10) => new(2026, month, day, hour, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Backfill_AfterFilingsReviewsAndTakedowns_GivesTheRowsTheTriggersKept()
    {
        using var admin = api.Client("admin");
        using var worker = api.Client("worker");
        using var reviewer = api.Client("reviewer");
        await (await admin.PostJsonAsync("/api/marks", TestData.Mark("fill", StatsHost.OwnerA))).ExpectAsync(HttpStatusCode.Created);
        await (await admin.PostJsonAsync("/api/marks", TestData.Mark("fillb", StatsHost.OwnerB))).ExpectAsync(HttpStatusCode.Created);
        var ids = new List<long>();
        foreach (var (mark, subject, day, source) in new[]
        {
            ("fill", "fill-login.com", 3, CaseSource.Ct), ("fill", "fill-pay.shop", 3, CaseSource.Nrd),
            ("fillb", "fillb-help.net", 4, CaseSource.Zone), ("fill", "fill-login.com", 5, CaseSource.Ct),
        })
        {
            api.Clock.SetUtcNow(At(3, day));
            var response = await worker.PostJsonAsync("/api/cases", TestData.Filing(mark, subject, 40 + (10 * day), SubjectKind.Domain) with { Source = source });
            ids.Add((long)(await response.ExpectAsync(response.StatusCode == HttpStatusCode.Created ? HttpStatusCode.Created : HttpStatusCode.OK))["id"]!);
        }

        api.Clock.SetUtcNow(At(3, 6));
        var action = await (await reviewer.PostJsonAsync($"/api/cases/{ids[0]}/actions", new { party = "registrar" })).ExpectAsync(HttpStatusCode.Created);
        api.Clock.SetUtcNow(At(3, 8));
        await (await reviewer.PostJsonAsync($"/api/cases/{ids[0]}/actions/{action["id"]}/transitions", new { to = "resolved" })).ExpectAsync(HttpStatusCode.OK);
        var etag = (await reviewer.FetchAsync($"/api/cases/{ids[1]}")).Headers.ETag!.Tag;
        var moved = await reviewer.PostJsonAsync($"/api/cases/{ids[1]}/transitions", new { to = "in_review" },
            r => r.Headers.IfMatch.ParseAdd(etag));
        await moved.ExpectAsync(HttpStatusCode.OK);

        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={api.DatabasePath}");
        await connection.OpenAsync(HttpTest.Ct);
        var byTriggers = await SnapshotAsync(connection);
        // As in a migration, the back-fill runs before the roll-up triggers of the daily table exist.
        var rollUps = (await connection.QueryAsync<(string Name, string Sql)>("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'case_stats_daily'")).AsList();
        foreach (var (name, _) in rollUps)
        {
            await connection.ExecuteAsync($"DROP TRIGGER \"{name}\"");
        }

        foreach (var statement in BackfillStatements())
        {
            await connection.ExecuteAsync(statement);
        }

        var byBackfill = await SnapshotAsync(connection);

        Assert.Contains(byTriggers, r => r.StartsWith("daily *|takedown-resolved|2026-03-08|registrar", StringComparison.Ordinal));
        Assert.Contains(byTriggers, r => r.StartsWith("monthly *|tld|2026-03|com|", StringComparison.Ordinal));
        Assert.Equal(byTriggers, byBackfill);
    }

    private static async Task<List<string>> SnapshotAsync(Microsoft.Data.Sqlite.SqliteConnection connection) =>
    [
        .. await connection.QueryAsync<string>("SELECT 'counts ' || owner || '|' || status || '|' || n FROM case_counts WHERE n <> 0 ORDER BY 1"),
        .. await connection.QueryAsync<string>("SELECT 'daily ' || owner || '|' || dimension || '|' || day || '|' || value || '|' || n FROM case_stats_daily WHERE n <> 0 ORDER BY 1"),
        .. await connection.QueryAsync<string>("SELECT 'monthly ' || owner || '|' || dimension || '|' || month || '|' || value || '|' || n FROM case_stats_monthly WHERE n <> 0 ORDER BY 1"),
    ];

    /// <summary>Emptying the counted tables, then every back-fill statement of the SQLite migrations in order.</summary>
    private static IReadOnlyList<string> BackfillStatements() =>
    [
        "DELETE FROM case_counts", "DELETE FROM case_stats_daily", "DELETE FROM case_stats_monthly",
        .. BrandWatch.Sqlite.MigrationRunner.LoadEmbedded(typeof(Program).Assembly, "sqlite")
            .OrderBy(m => m.Version)
            .SelectMany(m => BackfillStatement().Matches(m.Sql).Select(x => x.Value)),
    ];

    [System.Text.RegularExpressions.GeneratedRegex(@"^INSERT INTO (case_counts|case_stats_daily|case_stats_monthly) \([^;]*;", System.Text.RegularExpressions.RegexOptions.Multiline)]
    private static partial System.Text.RegularExpressions.Regex BackfillStatement();
}
