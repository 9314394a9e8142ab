using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using BrandWatch.Api.Auth;
using BrandWatch.Rules.Cases;
using BrandWatch.Rules.Evidence;
using BrandWatch.Rules.Scoring;
using BrandWatch.Rules.Screening;
using BrandWatch.Api;
using BrandWatch.Api.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BrandWatch.Bench.Api;

/// <summary>
/// <c>api [--cases N] [--concurrency C] [--batch B] [--samples S] [--db PATH | --connection STRING] [--instances I]</c>: starts the
/// Api on Kestrel (127.0.0.1, a fresh SQLite file, or the database a connection string names, e.g. an empty PostgreSQL
/// database with <c>Provider=postgresql;…</c>), I instances of it on that one database, files N distinct cases over HTTP
/// with C concurrent clients spread over the instances (B filings per request, through <c>POST /api/cases/batch</c> when
/// B &gt; 1), re-files a tenth of them, then measures the case list (several
/// filters, cursor pages) on the first instance with S sequential requests each. Figures go to stdout as Markdown.
/// </summary>
internal static partial class BenchCommand
{
    internal const int Marks = 50;
    internal const int Owners = 10;

    /// <summary>The filing bench (<c>api</c>), with the settings <see cref="ApiBench"/> parsed and checked.</summary>
    public static async Task<int> RunFilingAsync(FilingBenchSettings settings)
    {
        var (cases, concurrency, samples, instances, batch) = (settings.Cases, settings.Concurrency, settings.Samples, settings.Instances, settings.Batch);
        var folder = Path.Combine(Path.GetTempPath(), "brandwatch-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var connection = settings.Connection ?? $"Data Source={settings.Db ?? Path.Combine(folder, "bench.db")}";
        if (!ApiDatabase.IsUsable(connection, out var problem))
        {
            await Console.Error.WriteLineAsync($"bench: --connection: {problem}");
            return 2;
        }

        var apps = new List<WebApplication>();
        var clients = new List<HttpClient>();
        for (var n = 0; n < instances; n++)
        {
            var instance = await BenchApi.StartAsync(connection, folder);
            apps.Add(instance);
            clients.Add(new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency * 2 }) { BaseAddress = BenchApi.Address(instance) });
        }

        var app = apps[0];
        var http = clients[0];
        var database = app.Services.GetRequiredService<ApiDatabase>().DataSource;
        var (provider, plainConnection) = ApiDatabase.Split(connection);
        var server = provider == DatabaseProvider.PostgreSql ? await ServerCpu.FindAsync(plainConnection) : null;

        var keys = app.Services.GetRequiredService<KeyStore>();
        var admin = (await keys.CreateAsync(Roles.Admin, [], "bench-admin", "bench", CancellationToken.None)).Key;
        var worker = (await keys.CreateAsync(Roles.Worker, [], "bench-worker", "bench", CancellationToken.None)).Key;
        var reader = (await keys.CreateAsync(Roles.Ci, [], "bench-ci", "bench", CancellationToken.None)).Key;
        var manager = (await keys.CreateAsync(Roles.BrandManager, ["Owner 3"], "bench-manager", "bench", CancellationToken.None)).Key;

        for (var m = 0; m < Marks; m++)
        {
            var mark = JsonSerializer.Serialize(new { id = $"mark{m}", name = $"Mark {m}", owner = $"Owner {m % Owners}", officialDomains = new[] { $"mark{m}.com" } });
            using var response = await SendAsync(http, HttpMethod.Post, "/api/marks", admin, mark);
            EnsureStatus(response, HttpStatusCode.Created);
        }

        // Warm-up (JIT, connection pool, page cache): filings on their own subjects, not timed.
        var warmUp = Math.Min(2_000, cases / 10);
        await Console.Error.WriteLineAsync($"bench: warming up with {warmUp} filings");
        await FileAsync(clients, worker, Enumerable.Range(cases, warmUp).ToArray(), concurrency, batch, HttpStatusCode.Created, null);
        await Console.Error.WriteLineAsync($"bench: filing {cases} cases with {concurrency} clients, {batch} per request, through {instances} Api instance(s) into {database}");
        var filing = await FileAsync(clients, worker, Enumerable.Range(0, cases).ToArray(), concurrency, batch, HttpStatusCode.Created, server);
        var refiled = Enumerable.Range(0, cases / 10).Select(i => i * 10).ToArray();
        await Console.Error.WriteLineAsync($"bench: re-filing {refiled.Length} of them with new evidence");
        var refiling = await FileAsync(clients, worker, refiled, concurrency, batch, HttpStatusCode.OK, server, priorityShift: 1);

        var list = await ListQueries.MeasureAsync(http, reader, manager, "Owner 7", samples);
        await Console.Error.WriteLineAsync($"bench: reviewer facts on {Math.Min(samples, 200)} cases filed under the current rules");
        var facts = await MeasureFactsAsync(http, admin, worker, cases + warmUp, Math.Min(samples, 200));
        foreach (var instance in apps)
        {
            await instance.StopAsync();
            await instance.DisposeAsync();
        }

        foreach (var client in clients)
        {
            client.Dispose();
        }

        var output = new StringBuilder();
        output.AppendLine(CultureInfo.InvariantCulture, $"database: {database}, Api instances: {instances}, cases: {cases} (+ {warmUp} untimed warm-up filings), clients: {concurrency}, filings per request: {batch}, list samples per query: {samples}, processors: {Environment.ProcessorCount}, load average at the end: {BenchFigures.LoadAverage()}");
        output.AppendLine();
        output.AppendLine("| write | filings | requests | seconds | filings per second | p50 / p99 ms per request | p50 / p99 ms per filing | CPU ms per filing, bench process (clients + Api) | CPU ms per filing, PostgreSQL server |");
        output.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var (name, run) in new[] { ("file new cases", filing), ("re-file (evidence update)", refiling) })
        {
            var perRequest = $"{BenchFigures.Percentile(run.Latencies, 0.5):F2} / {BenchFigures.Percentile(run.Latencies, 0.99):F2}";
            // A filing waits as long as the request that holds it: the per-filing figures weigh each request by its filings.
            var perFiling = run.Batch == 1 ? perRequest : $"{BenchFigures.Percentile(run.Latencies.SelectMany(l => Enumerable.Repeat(l, run.Batch)), 0.5):F2} / {BenchFigures.Percentile(run.Latencies.SelectMany(l => Enumerable.Repeat(l, run.Batch)), 0.99):F2}";
            var serverCpu = run.ServerCpuSeconds is { } s ? (s * 1000 / run.Count).ToString("F2", CultureInfo.InvariantCulture) : "—";
            output.AppendLine(CultureInfo.InvariantCulture,
                $"| {name} | {run.Count} | {run.Latencies.Count} | {run.Seconds:F1} | {run.Count / run.Seconds:F0} | {perRequest} | {perFiling} | {run.CpuSeconds * 1000 / run.Count:F2} | {serverCpu} |");
        }

        output.AppendLine();
        ListQueries.AppendTable(output, $"list query at {cases} cases", list);
        output.AppendLine();
        output.AppendLine(CultureInfo.InvariantCulture, $"| reviewer facts, {facts[0].Latencies.Count} cases | p50 ms | p99 ms |");
        output.AppendLine("|---|---:|---:|");
        foreach (var (name, latencies) in facts)
        {
            output.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {BenchFigures.Percentile(latencies, 0.5):F2} | {BenchFigures.Percentile(latencies, 0.99):F2} |");
        }
        await Console.Out.WriteAsync(output.ToString());
        if (settings.Db is null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }

        return 0;
    }

    /// <summary>
    /// Files the cases of <paramref name="indexes"/> from <paramref name="concurrency"/> clients: one request each through
    /// <c>POST /api/cases</c> when <paramref name="batch"/> is 1, else batches of that many through <c>POST /api/cases/batch</c>.
    /// Every filing carries an Idempotency-Key, as the Worker's do. A filing's latency is that of the request holding it.
    /// </summary>
    internal static async Task<FilingRun> FileAsync(List<HttpClient> clients, string key, int[] indexes, int concurrency, int batch, HttpStatusCode expected, ServerCpu? server, int priorityShift = 0)
    {
        var next = -batch;
        var latencies = new List<double>[concurrency];
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var serverCpu = server?.Seconds();
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async lane =>
        {
            latencies[lane] = [];
            var http = clients[lane % clients.Count]; // the clients spread evenly over the instances
            int first;
            while ((first = Interlocked.Add(ref next, batch)) < indexes.Length)
            {
                var taken = indexes[first..Math.Min(indexes.Length, first + batch)];
                var bodies = taken.Select(i => JsonSerializer.Serialize(Filing(i, priorityShift), ContractJson.Options)).ToArray();
                var start = Stopwatch.GetTimestamp();
                if (batch == 1)
                {
                    using var response = await SendAsync(http, HttpMethod.Post, "/api/cases", key, bodies[0], IdempotencyKey(bodies[0], priorityShift));
                    latencies[lane].Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                    EnsureStatus(response, expected);
                    continue;
                }

                var request = "{\"items\":[" + string.Join(',', bodies.Select(b => $"{{\"idempotencyKey\":\"{IdempotencyKey(b, priorityShift)}\",\"filing\":{b}}}")) + "]}";
                using (var response = await SendAsync(http, HttpMethod.Post, "/api/cases/batch", key, request))
                {
                    EnsureStatus(response, HttpStatusCode.OK);
                    using var answer = JsonDocument.Parse(await response.Content.ReadAsStreamAsync());
                    latencies[lane].Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                    foreach (var result in answer.RootElement.GetProperty("results").EnumerateArray())
                    {
                        if (result.GetProperty("status").GetInt32() != (int)expected)
                        {
                            throw new InvalidOperationException($"bench: a batch item answered {result}, expected {(int)expected}");
                        }
                    }
                }
            }
        }));
        var seconds = clock.Elapsed.TotalSeconds;
        var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        return new FilingRun(indexes.Length, batch, seconds, latencies.SelectMany(l => l).ToList(), cpuSeconds, server?.Seconds() - serverCpu);
    }

    // The round number is in the key: a re-filing whose priority is capped at 100 sends the bytes of its first filing again.
    private static string IdempotencyKey(string body, int round) => $"bench-{round}-" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(body)));

    /// <summary>One timed filing run: filings, the size of each request, wall time, request latencies, CPU here and in the server (null when not measured).</summary>
    internal sealed record FilingRun(int Count, int Batch, double Seconds, List<double> Latencies, double CpuSeconds, double? ServerCpuSeconds);

    /// <summary>
    /// Files cases under the Api's own rule version, then times, case by case: stating reviewer facts (re-score and
    /// write), reading the case (the peer: a read of the same rows without scoring) and building its signed package.
    /// </summary>
    private static async Task<List<(string Name, List<double> Latencies)>> MeasureFactsAsync(HttpClient http, string admin, string worker, int first, int count)
    {
        var version = BrandWatch.Rules.Scoring.Configuration.RuleSetJson.Default.Version;
        var ids = new List<long>(count);
        for (var i = first; i < first + count; i++)
        {
            var filing = Filing(i, 0);
            filing = filing with { Verdict = filing.Verdict with { RuleVersion = version } };
            using var response = await SendAsync(http, HttpMethod.Post, "/api/cases", worker, JsonSerializer.Serialize(filing, ContractJson.Options));
            EnsureStatus(response, HttpStatusCode.Created);
            using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            ids.Add(body.RootElement.GetProperty("id").GetInt64());
        }

        var put = new List<double>(count);
        var get = new List<double>(count);
        var package = new List<double>(count);
        for (var i = 0; i < ids.Count; i++)
        {
            var facts = i % 2 == 0 ? """{"registrantHoldsTrademark":true,"registrantTrademarkDate":"2020-01-01"}""" : """{"offerToSellAtCost":false,"askingPrice":25000}""";
            put.Add(await TimeAsync(HttpMethod.Put, $"/api/cases/{ids[i]}/facts", facts));
            get.Add(await TimeAsync(HttpMethod.Get, $"/api/cases/{ids[i]}", null));
            package.Add(await TimeAsync(HttpMethod.Get, $"/api/cases/{ids[i]}/evidence-package", null));
        }

        return [("PUT facts (re-score, store, audit)", put), ("GET the case (peer: same rows, no scoring)", get), ("GET evidence package (signed, 1 filing + facts)", package)];

        async Task<double> TimeAsync(HttpMethod method, string path, string? json)
        {
            var start = Stopwatch.GetTimestamp();
            using var response = await SendAsync(http, method, path, admin, json);
            await response.Content.ReadAsByteArrayAsync();
            var elapsed = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            EnsureStatus(response, HttpStatusCode.OK);
            return elapsed;
        }
    }

    internal static async Task<HttpResponseMessage> SendAsync(HttpClient http, HttpMethod method, string path, string key, string? json, string? idempotencyKey = null)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        return await http.SendAsync(request);
    }

    internal static void EnsureStatus(HttpResponseMessage response, HttpStatusCode expected)
    {
        if (response.StatusCode != expected)
        {
            throw new InvalidOperationException($"bench: {response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}, expected {(int)expected}");
        }
    }

    /// <summary>A realistic filing (matches, DNS, registration, one page) for case number i; priorities spread over 0–100.</summary>
    private static CaseFiling Filing(int i, int priorityShift)
    {
        var mark = $"mark{i % Marks}";
        var domain = $"mark{i % Marks}-case-{i}.com";
        var priority = Math.Min(100, ((i * 37) % 101) + priorityShift);
        var score = new ElementScore(priority / 100.0, [new Contribution("A4", 0.5, domain, "the mark plus other words")]);
        return new CaseFiling
        {
            Mark = mark,
            Subject = domain,
            Kind = SubjectKind.Domain,
            Matches = [new DomainMatch { Domain = domain, Unicode = domain, Mark = mark, Kind = MatchKind.Combosquat, LabelForm = mark, Similarity = 0.8, Explanation = "mark plus 'case'" }],
            Evidence = new CaseEvidence
            {
                Dns = new DnsEvidence { Domain = domain, Outcome = DnsOutcome.Resolved, A = ["192.0.2.1"], Mx = ["mx." + domain] },
                Registration = new RegistrationEvidence { Domain = domain, Source = "rdap", RegistrarName = "Example Registrar", Registered = new DateTimeOffset(2026, 1, 9, 0, 0, 0, TimeSpan.Zero) },
                Pages = [new PageEvidence { Url = $"https://{domain}/", Status = 200, Findings = [new PageFinding { Criterion = "A10", Evidence = "meta keywords", Reason = "mark in meta tags" }] }],
            },
            Verdict = new Verdict
            {
                Act = score, Damage = score, Causation = score, Fault = score, GatesAndDefences = [], Fits = new Fits(0.5, 0.3, 0.1),
                Overall = priority / 100.0, Priority = priority, Outcome = priority >= 60 ? Outcome.Likely : Outcome.Possible,
                DisputePath = DisputePath.OnlyComplainantHoldsRights, Action = priority >= 60 ? RecommendedAction.UdrpTransfer : RecommendedAction.Monitor,
                ActionReason = "bench", RuleVersion = "bench-1", RuleHash = "0",
            },
            ObservedAt = new DateTimeOffset(2026, 1, 10, 0, 0, 0, TimeSpan.Zero).AddSeconds(i),
        };
    }
}
