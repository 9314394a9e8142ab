using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using BrandWatch.Api.Auth;
using BrandWatch.Rules.Cases;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using BrandWatch.Api;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BrandWatch.Bench.Api;

/// <summary>
/// <c>bench package [--cases N] [--filings F] [--seconds S]</c>: starts the Api on Kestrel (127.0.0.1, a fresh SQLite
/// file), files N cases of F filings each and N cases of one filing, then builds signed evidence packages over HTTP
/// for S seconds each: of the F-filing cases, of the one-filing cases (the peer) and, as a second peer, reads of the
/// same cases (<c>GET /api/cases/{id}</c>). Figures per CPU-second of the process (server and client), as Markdown.
/// </summary>
internal static partial class BenchCommand
{
    /// <summary>The evidence-package bench (<c>bench package</c>).</summary>
    public static async Task<int> RunPackageAsync(PackageBenchSettings settings)
    {
        var (cases, filings, seconds) = (settings.Cases, settings.Filings, settings.Seconds);
        var folder = Path.Combine(Path.GetTempPath(), "brandwatch-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [] });
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Configuration["ConnectionStrings:BrandWatch"] = $"Data Source={Path.Combine(folder, "bench.db")}";
        builder.Configuration["Evidence:SigningKeyPath"] = Path.Combine(folder, "signing-key.pem");
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.AddBrandWatchApi();
        await using var app = builder.Build();
        await app.MigrateBrandWatchDatabaseAsync();
        app.MapBrandWatchApi();
        await app.StartAsync();
        try
        {
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            using var http = new HttpClient { BaseAddress = new Uri(address) };
            var keys = app.Services.GetRequiredService<KeyStore>();
            var admin = (await keys.CreateAsync(Roles.Admin, [], "bench-admin", "bench", CancellationToken.None)).Key;
            var worker = (await keys.CreateAsync(Roles.Worker, [], "bench-worker", "bench", CancellationToken.None)).Key;
            for (var m = 0; m < Marks; m++)
            {
                var mark = JsonSerializer.Serialize(new { id = $"mark{m}", name = $"Mark {m}", owner = $"Owner {m % Owners}", officialDomains = new[] { $"mark{m}.com" } });
                using var response = await SendAsync(http, HttpMethod.Post, "/api/marks", admin, mark);
                EnsureStatus(response, HttpStatusCode.Created);
            }

            // Case i's filings differ only in their observation time, as a re-check files them.
            async Task<List<long>> FileCasesAsync(int first, int count, int perCase)
            {
                var ids = new List<long>(count);
                for (var i = first; i < first + count; i++)
                {
                    long id = 0;
                    for (var f = 0; f < perCase; f++)
                    {
                        var filing = Filing(i, 0);
                        filing = filing with { ObservedAt = filing.ObservedAt.AddHours(f) };
                        using var response = await SendAsync(http, HttpMethod.Post, "/api/cases", worker, JsonSerializer.Serialize(filing, ContractJson.Options));
                        EnsureStatus(response, f == 0 ? HttpStatusCode.Created : HttpStatusCode.OK);
                        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
                        id = body.RootElement.GetProperty("id").GetInt64();
                    }

                    ids.Add(id);
                }

                return ids;
            }

            var many = await FileCasesAsync(0, cases, filings);
            var one = await FileCasesAsync(cases, cases, 1);

            async Task<(int Count, double Wall, double Cpu, long Bytes)> RunAsync(IReadOnlyList<long> ids, string suffix)
            {
                var process = Process.GetCurrentProcess();
                // One untimed round first: connection, caches and JIT are warm before the clock starts.
                foreach (var id in ids)
                {
                    using var warm = await SendAsync(http, HttpMethod.Get, $"/api/cases/{id}{suffix}", admin, null);
                    EnsureStatus(warm, HttpStatusCode.OK);
                    await warm.Content.ReadAsByteArrayAsync();
                }

                process.Refresh();
                var cpuStart = process.TotalProcessorTime;
                var start = Stopwatch.GetTimestamp();
                var count = 0;
                long bytes = 0;
                while (Stopwatch.GetElapsedTime(start).TotalSeconds < seconds)
                {
                    using var response = await SendAsync(http, HttpMethod.Get, $"/api/cases/{ids[count % ids.Count]}{suffix}", admin, null);
                    EnsureStatus(response, HttpStatusCode.OK);
                    bytes += (await response.Content.ReadAsByteArrayAsync()).LongLength;
                    count++;
                }

                var wall = Stopwatch.GetElapsedTime(start).TotalSeconds;
                process.Refresh();
                return (count, wall, (process.TotalProcessorTime - cpuStart).TotalSeconds, bytes);
            }

            var rows = new List<(string Name, (int Count, double Wall, double Cpu, long Bytes) Run)>
            {
                ($"evidence package, {filings} filings", await RunAsync(many, "/evidence-package")),
                ("evidence package, 1 filing (peer)", await RunAsync(one, "/evidence-package")),
                ($"GET the case, {filings} filings (peer: detail with its latest filings)", await RunAsync(many, string.Empty)),
            };

            var output = new StringBuilder();
            output.AppendLine(CultureInfo.InvariantCulture, $"# bench package — {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, .NET {Environment.Version}");
            output.AppendLine(CultureInfo.InvariantCulture, $"cases: {cases} of {filings} filings and {cases} of 1 filing, {seconds} s per row, SQLite, load average at the end: {BenchFigures.LoadAverage()}");
            output.AppendLine();
            output.AppendLine("| request | count | per CPU-second | CPU ms each | wall ms each | KiB each |");
            output.AppendLine("|---|---:|---:|---:|---:|---:|");
            foreach (var (name, run) in rows)
            {
                output.AppendLine(CultureInfo.InvariantCulture,
                    $"| {name} | {run.Count} | {run.Count / run.Cpu:F1} | {run.Cpu * 1000 / run.Count:F2} | {run.Wall * 1000 / run.Count:F2} | {run.Bytes / 1024.0 / run.Count:F1} |");
            }

            Console.Write(output.ToString());
            return 0;
        }
        finally
        {
            await app.StopAsync();
            Directory.Delete(folder, recursive: true);
        }
    }
}
