using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;

namespace BrandWatch.Bench.Api;

/// <summary>
/// The case-list queries the benches time (several filters, the counts, cursor pages 2–10), each with S sequential
/// requests after 20 untimed ones, and the Markdown table of their p50 and p99 (each query and all together).
/// </summary>
internal static class ListQueries
{
    /// <summary>p50 and p99 of each query, and of every sample of every query together.</summary>
    public sealed record Figures(IReadOnlyList<(string Name, double P50, double P99)> Queries, double AllP50, double AllP99);

    /// <summary>
    /// Times the queries: <paramref name="reader"/> sees every owner, <paramref name="manager"/> only its own;
    /// <paramref name="owner"/> is the owner filtered on. The text search and mark filter expect the benches' names
    /// (<c>…-case-{n}.…</c> domains, marks <c>mark0</c>, <c>mark1</c>, …).
    /// </summary>
    public static async Task<Figures> MeasureAsync(HttpClient http, string reader, string manager, string owner, int samples)
    {
        var queries = new (string Name, string Key, string Path)[]
        {
            ("first page, no filter (ci)", reader, "/api/cases?limit=50"),
            ("status=new", reader, "/api/cases?status=new&limit=50"),
            ("owner filter", reader, $"/api/cases?owner={Uri.EscapeDataString(owner)}&limit=50"),
            ("brand manager (own owner)", manager, "/api/cases?limit=50"),
            ("priority 90-100", reader, "/api/cases?minPriority=90&limit=50"),
            ("mark + kind", reader, "/api/cases?mark=mark17&kind=domain&limit=50"),
            ("text search q=", reader, "/api/cases?q=case-4242&limit=50"),
            ("counts per status", reader, "/api/cases/counts"),
        };

        var results = new List<(string Name, double P50, double P99)>();
        var all = new List<double>();
        foreach (var (name, key, path) in queries)
        {
            await Console.Error.WriteLineAsync($"bench: {samples} samples of {path}");
            var latencies = await SampleAsync(http, key, path, samples);
            all.AddRange(latencies);
            results.Add((name, BenchFigures.Percentile(latencies, 0.50), BenchFigures.Percentile(latencies, 0.99)));
        }

        var paging = await SampleCursorAsync(http, reader, samples);
        all.AddRange(paging);
        results.Add(("cursor pages 2-10", BenchFigures.Percentile(paging, 0.50), BenchFigures.Percentile(paging, 0.99)));
        return new Figures(results, BenchFigures.Percentile(all, 0.50), BenchFigures.Percentile(all, 0.99));
    }

    /// <summary>The table: a heading row naming what was measured, a row per query, then all queries together.</summary>
    public static void AppendTable(StringBuilder output, string heading, Figures figures)
    {
        output.AppendLine(CultureInfo.InvariantCulture, $"| {heading} | p50 ms | p99 ms |");
        output.AppendLine("|---|---:|---:|");
        foreach (var (name, p50, p99) in figures.Queries)
        {
            output.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {p50:F2} | {p99:F2} |");
        }

        output.AppendLine(CultureInfo.InvariantCulture, $"| all list queries | {figures.AllP50:F2} | {figures.AllP99:F2} |");
    }

    private static async Task<List<double>> SampleAsync(HttpClient http, string key, string path, int samples)
    {
        var latencies = new List<double>(samples);
        for (var i = -20; i < samples; i++)
        {
            var start = Stopwatch.GetTimestamp();
            using var response = await BenchCommand.SendAsync(http, HttpMethod.Get, path, key, null);
            await response.Content.ReadAsByteArrayAsync();
            BenchCommand.EnsureStatus(response, HttpStatusCode.OK);
            if (i >= 0)
            {
                latencies.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
        }

        return latencies;
    }

    private static async Task<List<double>> SampleCursorAsync(HttpClient http, string key, int samples)
    {
        var latencies = new List<double>(samples);
        while (latencies.Count < samples)
        {
            string? cursor = null;
            for (var page = 1; page <= 10 && latencies.Count < samples; page++)
            {
                var start = Stopwatch.GetTimestamp();
                using var response = await BenchCommand.SendAsync(http, HttpMethod.Get, "/api/cases?limit=50" + (cursor is null ? string.Empty : "&cursor=" + cursor), key, null);
                var body = await response.Content.ReadAsByteArrayAsync();
                BenchCommand.EnsureStatus(response, HttpStatusCode.OK);
                if (page > 1)
                {
                    latencies.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                }

                using var document = JsonDocument.Parse(body);
                cursor = document.RootElement.GetProperty("nextCursor").GetString();
            }
        }

        return latencies;
    }
}
