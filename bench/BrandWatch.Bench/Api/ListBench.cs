using System.Globalization;
using System.Text;
using BrandWatch.Api.Auth;
using Dapper;
using BrandWatch.Api.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BrandWatch.Bench.Api;

/// <summary>
/// <c>api list [--cases N] [--owners O] [--days D] [--samples S] [--db PATH | --connection STRING]</c>: fills a real
/// database with N cases as <c>api stats</c> does (through the migrated schema and its triggers, in minutes where
/// filing over HTTP would take days at 1,000,000), then times the filing bench's list queries over HTTP on Kestrel
/// (127.0.0.1), S sequential requests each. The filled cases have the columns the list filters and sorts on: owners,
/// marks (<c>mark0</c>–<c>mark96</c>), kinds, priorities 0–100, statuses (a third resolved, the rest new) and
/// <c>…-case-{n}.…</c> domains for the text search. Figures go to <paramref name="output"/> as Markdown.
/// </summary>
internal static class ListBench
{
    public static async Task<int> RunAsync(ListBenchSettings settings, TextWriter output)
    {
        var folder = Path.Combine(Path.GetTempPath(), "brandwatch-bench-list-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var connection = settings.Connection ?? $"Data Source={settings.Db ?? Path.Combine(folder, "list.db")}";
        if (!ApiDatabase.IsUsable(connection, out var problem))
        {
            await Console.Error.WriteLineAsync($"bench list: --connection: {problem}");
            Directory.Delete(folder, recursive: true);
            return 2;
        }

        try
        {
            await using var app = await BenchApi.StartAsync(connection, folder);
            using var http = new HttpClient { BaseAddress = BenchApi.Address(app) };
            var database = app.Services.GetRequiredService<ApiDatabase>();
            var first = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(1 - settings.Days);
            var fillSeconds = await StatsBench.FillUnlessFilledAsync(database, settings.Cases, settings.Owners, settings.Days, first);
            long rows;
            await using (var count = await database.OpenAsync(CancellationToken.None))
            {
                rows = await count.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM cases");
            }

            var keys = app.Services.GetRequiredService<KeyStore>();
            var reader = (await keys.CreateAsync(Roles.Ci, [], "bench-ci", "bench", CancellationToken.None)).Key;
            var managed = $"Owner {3 % settings.Owners}";
            var manager = (await keys.CreateAsync(Roles.BrandManager, [managed], "bench-manager", "bench", CancellationToken.None)).Key;
            var figures = await ListQueries.MeasureAsync(http, reader, manager, $"Owner {7 % settings.Owners}", settings.Samples);
            await app.StopAsync();

            var how = double.IsNaN(fillSeconds)
                ? "filled by an earlier run"
                : string.Create(CultureInfo.InvariantCulture, $"filled through the triggers in {fillSeconds:F0} s ({settings.Cases / Math.Max(fillSeconds, 0.001):F0} cases/s)");
            var text = new StringBuilder();
            text.AppendLine(CultureInfo.InvariantCulture,
                $"database: {StatsBench.Describe(database)}, cases: {rows} of {settings.Owners} owners over {settings.Days} days, {how}, " +
                $"samples per query: {settings.Samples}, processors: {Environment.ProcessorCount}, build: {StatsBench.Build}, load average at the end: {BenchFigures.LoadAverage()}");
            text.AppendLine();
            ListQueries.AppendTable(text, $"list query at {rows} cases", figures);
            await output.WriteAsync(text.ToString());
            return 0;
        }
        finally
        {
            if (settings.Db is null && settings.Connection is null)
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            }

            // The signing key is the only file left when the database was named.
            Directory.Delete(folder, recursive: true);
        }
    }
}
