using System.Globalization;
using System.Text.Json;
using BrandWatch.Worker.Tests.Fixtures;

namespace BrandWatch.Worker.Tests.EndToEnd;

/// <summary>
/// The real Api process (fresh SQLite file, keys from its create-key command, the sample portfolio imported) and the
/// real Worker process, with loopback DNS and sites, on the sample feed.
/// </summary>
public sealed class RealApiTests : IDisposable
{
    private static readonly string[] Planted = ["paypal-login.com", "apple-id-verify.com", "santander-verify.com", "heineken-promo.com", "paypall.com"];

    private readonly TempFolder _folder = new();

    private string Database => Path.Combine(_folder.Path, "state", "worker.db");

    [Fact]
    public async Task Run_AgainstTheRealApi_FilesThePlantedCasesWithEvidenceAndVerdicts()
    {
        var ct = TestContext.Current.CancellationToken;
        using var dns = await Dnsmasq.StartAsync(new Dictionary<string, string> { ["paypal-login.com"] = "127.0.0.1", ["santander-verify.com"] = "127.0.0.1" });
        await using var sites = await SiteServer.StartAsync(new HashSet<string> { "paypal-login.com" });
        var rdap = new LoopbackRdapServer();
        await rdap.InitializeAsync();
        await using var _ = rdap;
        using var api = await ApiProcess.StartAsync(_folder.Path, RepoPaths.Of("samples", "marks.json"), ct);
        var settings = Settings(api, dns, sites, portfolioFromApi: true, rdap);
        settings["Capture:Screenshots"] = "true";
        // The default 30 s box is for production; a loaded test machine may take longer to start Chromium, and this
        // test checks that the screenshot is packaged, not how fast it is taken.
        settings["Capture:ScreenshotTimeout"] = "00:02:00";
        using var worker = WorkerProcess.Start("run", settings);

        var stages = await EndToEndWait.UntilDoneAsync(worker, Database, "nrd");
        var exitCode = await worker.TerminateAsync(ct);

        Assert.Equal(0, exitCode);
        var cases = await api.CasesAsync(ct);
        Assert.Equal(stages.GetValueOrDefault("Filed"), cases.Count);
        // Planted look-alikes by the case's domain: paypal-login.com's page asks for credentials, so its case is a
        // phishing case about that page, not a domain case.
        var domains = cases.Select(c => c.GetProperty("case").GetProperty("domain").GetString()).ToHashSet();
        Assert.All(Planted, planted => Assert.Contains(planted, domains));
        Assert.All(cases, c => Assert.Single(c.GetProperty("evidence").EnumerateArray()));
        var phishing = cases.Single(c => c.GetProperty("case").GetProperty("domain").GetString() == "paypal-login.com");
        Assert.Equal("paypal", phishing.GetProperty("case").GetProperty("mark").GetString());
        Assert.Equal("phishing", phishing.GetProperty("case").GetProperty("kind").GetString());
        Assert.False(string.IsNullOrEmpty(phishing.GetProperty("verdict").GetProperty("ruleVersion").GetString()));
        var filing = phishing.GetProperty("evidence")[0].GetProperty("filing");
        Assert.Equal("127.0.0.1", filing.GetProperty("evidence").GetProperty("dns").GetProperty("a")[0].GetString());
        Assert.Contains(filing.GetProperty("evidence").GetProperty("pages")[0].GetProperty("findings").EnumerateArray(), f => f.GetProperty("criterion").GetString() == "U1");
        var registration = filing.GetProperty("evidence").GetProperty("registration");
        Assert.Equal("rdap", registration.GetProperty("source").GetString());
        Assert.Equal("Example Registrar, Inc.", registration.GetProperty("registrarName").GetString());
        Assert.Equal(new DateTimeOffset(2025, 12, 30, 8, 15, 0, TimeSpan.Zero), registration.GetProperty("registered").GetDateTimeOffset());
        var parked = cases.Single(c => c.GetProperty("case").GetProperty("subject").GetString() == "santander-verify.com");
        var parkedRegistration = parked.GetProperty("evidence")[0].GetProperty("filing").GetProperty("evidence").GetProperty("registration");
        Assert.Equal("Lookalike Names Ltd.", parkedRegistration.GetProperty("registrarName").GetString());
        Assert.Equal(new DateTimeOffset(2026, 1, 5, 17, 40, 0, TimeSpan.Zero), parkedRegistration.GetProperty("registered").GetDateTimeOffset());
        Assert.Equal(1, rdap.RequestsFor("registry/paypal-login.com"));
        await AssertCapturesPackagedAsync(api, phishing, ct);
    }

    /// <summary>
    /// The phishing page's WARC, DNS answers and screenshot were uploaded with its filing and are in the case's package,
    /// each matching its manifest entry; the WARC holds the page body the filing fingerprinted.
    /// </summary>
    private static async Task AssertCapturesPackagedAsync(ApiProcess api, JsonElement phishing, CancellationToken ct)
    {
        var page = phishing.GetProperty("evidence")[0].GetProperty("filing").GetProperty("evidence").GetProperty("pages")[0];
        var captures = page.GetProperty("captures").EnumerateArray().ToList();
        Assert.Equal(["warc", "dns-answers", "screenshot"], captures.Select(c => c.GetProperty("kind").GetString()));
        using var http = api.Client(api.AdminKey);
        var package = await http.GetByteArrayAsync($"api/cases/{phishing.GetProperty("case").GetProperty("id").GetInt64()}/evidence-package", ct);
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(package));
        using var manifest = JsonDocument.Parse(await ReadAsync(zip, "manifest.json", ct));
        var listed = manifest.RootElement.GetProperty("files").EnumerateArray().ToDictionary(f => f.GetProperty("path").GetString()!, f => f.GetProperty("sha256").GetString());
        var files = new Dictionary<string, byte[]>();
        foreach (var capture in captures)
        {
            var sha = capture.GetProperty("sha256").GetString()!;
            var path = listed.Keys.Single(p => p.StartsWith("captures/" + sha, StringComparison.Ordinal));
            var bytes = await ReadAsync(zip, path, ct);
            Assert.Equal(sha, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)));
            Assert.Equal(sha, listed[path]);
            files[capture.GetProperty("kind").GetString()!] = bytes;
        }

        var response = Capture.WarcReader.Read(files["warc"]).Single(r => r.Type == "response");
        Assert.Equal("sha256:" + page.GetProperty("sha256").GetString(), response["WARC-Payload-Digest"]);
        Assert.Matches(@"(?m)^paypal-login\.com\.\s+\d+\s+IN\s+A\s+127\.0\.0\.1$", System.Text.Encoding.UTF8.GetString(files["dns-answers"]));
        Assert.Equal(1366, Capture.PngImage.Decode(files["screenshot"]).Width);
    }

    private static async Task<byte[]> ReadAsync(System.IO.Compression.ZipArchive zip, string path, CancellationToken ct)
    {
        await using var stream = await zip.GetEntry(path)!.OpenAsync(ct);
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy, ct);
        return copy.ToArray();
    }

    [Fact]
    public async Task Run_KilledMidRunAgainstTheRealApi_FilesEachCaseExactlyOnce()
    {
        var ct = TestContext.Current.CancellationToken;
        using var dns = await Dnsmasq.StartAsync(new Dictionary<string, string> { ["#"] = "127.0.0.1" });
        await using var sites = await SiteServer.StartAsync(new HashSet<string> { "paypal-login.com" }, delay: TimeSpan.FromMilliseconds(150));
        using var api = await ApiProcess.StartAsync(_folder.Path, RepoPaths.Of("samples", "marks.json"), ct);
        var settings = Settings(api, dns, sites, portfolioFromApi: false);

        using (var first = WorkerProcess.Start("run", settings))
        {
            await Eventually.HoldsAsync(async () =>
            {
                Assert.False(first.HasExited, first.Output);
                return WorkState.Filed(await WorkState.StagesAsync(Database)) >= 5;
            }, () => "five cases were filed before the crash: " + first.Output, EndToEndWait.Patience, TimeSpan.FromMilliseconds(50));

            first.Crash();
        }

        var atCrash = await WorkState.StagesAsync(Database);
        using var second = WorkerProcess.Start("run", settings);
        var stages = await EndToEndWait.UntilDoneAsync(second, Database, "nrd");
        await second.TerminateAsync(ct);

        Assert.True(WorkState.Open(atCrash) > 0, "the crash came after all work was done; nothing was resumed");
        var cases = await api.CasesAsync(ct);
        Assert.Equal(stages.GetValueOrDefault("Filed"), cases.Count);
        Assert.All(cases, c => Assert.Single(c.GetProperty("evidence").EnumerateArray()));
        Assert.All(Planted, planted => Assert.Contains(planted, cases.Select(c => c.GetProperty("case").GetProperty("domain").GetString()).ToHashSet()));
    }

    [Fact]
    public async Task Run_RealApiDownThenBack_RetriesWithBackoffAndLosesNothing()
    {
        var ct = TestContext.Current.CancellationToken;
        using var dns = await Dnsmasq.StartAsync(new Dictionary<string, string> { ["paypal-login.com"] = "127.0.0.1" });
        await using var sites = await SiteServer.StartAsync(new HashSet<string> { "paypal-login.com" });
        using var api = await ApiProcess.StartAsync(_folder.Path, RepoPaths.Of("samples", "marks.json"), ct);
        api.Stop();
        using var worker = WorkerProcess.Start("run", Settings(api, dns, sites, portfolioFromApi: false));

        await Eventually.HoldsAsync(async () =>
        {
            Assert.False(worker.HasExited, worker.Output);
            return await WorkState.MaxAttemptsAsync(Database).ContinueWith(t => t.IsCompletedSuccessfully ? t.Result : 0, ct) >= 2;
        }, () => "the worker retried the filing twice: " + worker.Output, EndToEndWait.Patience, TimeSpan.FromMilliseconds(100));

        await api.StartAsync(ct);
        var stages = await EndToEndWait.UntilDoneAsync(worker, Database, "nrd");
        await worker.TerminateAsync(ct);

        var cases = await api.CasesAsync(ct);
        Assert.Equal(stages.GetValueOrDefault("Filed"), cases.Count);
        Assert.Equal(0, stages.GetValueOrDefault("Dropped"));
        Assert.All(Planted, planted => Assert.Contains(planted, cases.Select(c => c.GetProperty("case").GetProperty("domain").GetString()).ToHashSet()));
    }

    /// <summary>
    /// Registration lookup is off unless an RDAP server is given; then every TLD of the sample feed is sent to it (recorded
    /// answers for some planted domains, 404 for the rest), so no lookup leaves the machine.
    /// </summary>
    private Dictionary<string, string> Settings(ApiProcess api, Dnsmasq dns, LoopbackServer sites, bool portfolioFromApi, LoopbackRdapServer? rdap = null)
    {
        var settings = LoopbackWorkerSettings.Create(Path.Combine(_folder.Path, "state"), api, dns, sites);
        settings["Pipeline:LookupRegistration"] = rdap is null ? "false" : "true";
        settings["Feeds:0:Name"] = "nrd";
        settings["Feeds:0:Path"] = RepoPaths.Of("samples", "feeds", "newly-registered.txt");
        settings["Feeds:0:Cron"] = "0/2 * * * * ?";
        if (rdap is not null)
        {
            foreach (var tld in FeedTlds())
            {
                settings[$"Registration:RdapBaseUrls:{tld}"] = rdap.RegistryUrl;
            }
        }

        if (!portfolioFromApi)
        {
            settings["Portfolio:Path"] = RepoPaths.Of("samples", "marks.json");
        }

        return settings;
    }

    private static IEnumerable<string> FeedTlds()
    {
        var idn = new IdnMapping();
        return File.ReadLines(RepoPaths.Of("samples", "feeds", "newly-registered.txt"))
            .Select(line => line.Trim().TrimEnd('.'))
            .Where(line => line.Length > 0 && !line.StartsWith('#') && line.Contains('.', StringComparison.Ordinal))
            .Select(line => line[(line.LastIndexOf('.') + 1)..])
            .Select(label =>
            {
                try
                {
                    return idn.GetAscii(label).ToLowerInvariant();
                }
                catch (ArgumentException)
                {
                    return label.ToLowerInvariant();
                }
            })
            .Distinct(StringComparer.Ordinal);
    }

    public void Dispose() => _folder.Dispose();
}
