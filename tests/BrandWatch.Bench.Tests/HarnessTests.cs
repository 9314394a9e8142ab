using System.Net;
using System.Text;
using BrandWatch.Bench;

namespace BrandWatch.Bench.Tests;

/// <summary>
/// The benchmark harness (bench/BrandWatch.Bench) as a program: its verbs, one cheap verb run end to end, and the
/// loopback HTTP peer the pipeline benches file into. Figures are never asserted: speed is measured, not tested.
/// </summary>
public sealed class HarnessTests
{
    [Fact]
    public void The_harness_has_every_verb_the_Worker_and_the_Api_had()
    {
        var verbs = Harness.Create().Subcommands.Select(c => c.Name).Order(StringComparer.Ordinal).ToArray();

        Assert.Equal(["api", "capture", "content", "ct", "full-pipeline", "idna", "pages", "score", "screen", "screen-feed", "workers", "zone-diff"], verbs);
    }

    [Fact]
    public void Score_parses_its_options_and_prints_its_three_lines()
    {
        Assert.Empty(Harness.Create().Parse(["score", "--cases", "400"]).Errors);

        using var printed = new StringWriter();
        Assert.Equal(0, ScoreBenchmark.Run(400, printed));

        var lines = printed.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("score: 400 cases on one thread: ", lines[0], StringComparison.Ordinal);
        Assert.Contains("(checksum ", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("peer, score + serialise the verdict to JSON: ", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("rules ", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_loopback_peers_serve_any_host_a_sign_in_page_and_take_filings_once_per_key()
    {
        await using var peers = await LoopbackPeers.StartAsync(TimeSpan.Zero);
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{peers.HttpPort}/") };

        using var page = new HttpRequestMessage(HttpMethod.Get, "/any/path");
        page.Headers.Host = "paypa1-login.example";
        using var pageResponse = await http.SendAsync(page, TestContext.Current.CancellationToken);
        var html = await pageResponse.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, pageResponse.StatusCode);
        Assert.Equal("text/html", pageResponse.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<title>paypa1-login.example - Sign in</title>", html, StringComparison.Ordinal);

        var statuses = new List<HttpStatusCode>();
        foreach (var key in new[] { "key-1", "key-1", "key-2" })
        {
            using var filing = new HttpRequestMessage(HttpMethod.Post, "/api/cases")
            {
                Content = new StringContent("""{"mark":"paypal","subject":"paypa1-login.example","kind":"domain"}""", Encoding.UTF8, "application/json"),
            };
            filing.Headers.Add("Idempotency-Key", key);
            using var response = await http.SendAsync(filing, TestContext.Current.CancellationToken);
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.OK, HttpStatusCode.Created], statuses);
        Assert.Equal(2, peers.Cases);
        Assert.Equal(3, peers.Received);
        Assert.Equal(1, peers.Subjects);
    }

    [Fact]
    public async Task The_loopback_peers_answer_a_batch_of_filings_item_by_item_as_the_Api_does()
    {
        // The Worker files in batches by default: a peer that answered them with a page left every pipeline bench
        // waiting for filings that never settled.
        await using var peers = await LoopbackPeers.StartAsync(TimeSpan.Zero);
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{peers.HttpPort}/") };
        const string Filing = """{"mark":"paypal","subject":"paypa1-login.example","kind":"domain"}""";
        var body = $$"""{"items":[{"idempotencyKey":"k1","filing":{{Filing}}},{"idempotencyKey":"k1","filing":{{Filing}}},{"idempotencyKey":"k2","filing":{{Filing}}}]}""";

        using var response = await http.PostAsync(new Uri("/api/cases/batch", UriKind.Relative), new StringContent(body, Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);
        using var answer = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var results = answer.RootElement.GetProperty("results").EnumerateArray()
            .Select(r => (r.GetProperty("index").GetInt32(), r.GetProperty("result").GetString(), r.GetProperty("status").GetInt32(), r.GetProperty("case").GetProperty("id").GetInt32()))
            .ToArray();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([(0, "created", 201, 1), (1, "duplicate", 200, 1), (2, "created", 201, 2)], results);
        Assert.Equal(2, peers.Cases);
        Assert.Equal(3, peers.Received);
    }

    [Fact]
    public async Task The_loopback_peers_serve_the_pages_a_bench_gives_them_and_404_for_the_rest()
    {
        await using var peers = await LoopbackPeers.StartAsync(TimeSpan.Zero, (host, target) => target == "/login?next=1" ? $"<p>{host}</p>" : null);
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{peers.HttpPort}/") };

        using var found = await http.GetAsync(new Uri("/login?next=1", UriKind.Relative), TestContext.Current.CancellationToken);
        using var missing = await http.GetAsync(new Uri("/other", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, found.StatusCode);
        Assert.Equal("<p>127.0.0.1</p>", await found.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }
}
