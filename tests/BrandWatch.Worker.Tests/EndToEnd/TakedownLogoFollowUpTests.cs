using BrandWatch.Rules.Cases;
using BrandWatch.Worker.Takedowns;
using BrandWatch.Worker.Tests.Crawling;
using BrandWatch.Worker.Tests.Fixtures;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using SkiaSharp;

namespace BrandWatch.Worker.Tests.EndToEnd;

/// <summary>
/// A takedown whose misuse was only the brand's logo: the follow-up fetches the page's images as the crawler does, so
/// the copied logo keeps the site live, and once the site swaps it for another image the misuse is removed. Without
/// the images the page would read as removed while the logo was still on it.
/// </summary>
public sealed class TakedownLogoFollowUpTests : IDisposable
{
    private const string Domain = "ringco-account.com";
    private static readonly SKColor Teal = new(0x0b, 0x7a, 0x75);
    private static readonly byte[] ReferenceLogo = TestLogos.Ring(480, 192, Teal);
    private static readonly byte[] CopiedLogo = TestLogos.Ring(180, 72, Teal, SKEncodedImageFormat.Jpeg, 60);
    private static readonly byte[] OtherLogo = TestLogos.Stripes(180, 72, Teal);

    // No mark name in the text, no login form: the logo in the header is the only sign of the brand.
    private const string Page = """
        <!DOCTYPE html><html><head><meta charset="utf-8"><title>Welcome</title></head>
        <body><header class="top"><img src="/static/a1.jpg" width="180" height="72"></header>
        <main><h1>Welcome</h1><p>Our new site opens soon.</p></main></body></html>
        """;

    private readonly TempFolder _folder = new();

    [Fact]
    public async Task Check_ALogoOnlyMisuse_IsLiveWhileTheLogoIsThereAndRemovedOnceItIsReplaced()
    {
        var ct = TestContext.Current.CancellationToken;
        await File.WriteAllBytesAsync(_folder.File("ringco-logo.png"), ReferenceLogo, ct);
        await File.WriteAllTextAsync(_folder.File("marks.json"), """
            { "marks": [ { "id": "ringco", "name": "Ringco", "officialDomains": ["ringco.com"], "niceClasses": [9], "logos": ["ringco-logo.png"] } ] }
            """, ct);
        var swapped = false;
        await using var site = await LoopbackServer.StartAsync(app =>
        {
            app.MapGet("/", () => Results.Content(Page, "text/html"));
            app.MapGet("/static/a1.jpg", () => Results.Bytes(Volatile.Read(ref swapped) ? OtherLogo : CopiedLogo, "image/jpeg"));
        });
        using var dns = await Dnsmasq.StartAsync(new Dictionary<string, string> { [Domain] = "127.0.0.1" });
        using var api = await ApiProcess.StartAsync(_folder.Path, RepoPaths.Of("samples", "marks.json"), ct);
        var settings = LoopbackWorkerSettings.Create(_folder.File("state"), api, dns, site).ToDictionary(p => p.Key, p => (string?)p.Value);
        settings["Portfolio:Path"] = _folder.File("marks.json");
        await using var worker = await WorkerFixture.StartAsync(settings);
        var url = $"http://{Domain}:{site.Address.Port}/";
        var watch = new TakedownWatch { CaseId = 1, Mark = "ringco", Subject = Domain, Kind = SubjectKind.Domain, Domain = Domain, Urls = [url], ShowedMisuse = true };
        var checker = worker.Get<SiteChecker>();

        var withLogo = await checker.CheckAsync(watch, ct);
        Volatile.Write(ref swapped, true);
        var withoutLogo = await checker.CheckAsync(watch, ct);

        Assert.True(withLogo.Result == SiteCheckResult.Live, withLogo.Detail);
        Assert.Contains("still shows A12", withLogo.Detail, StringComparison.Ordinal);
        Assert.True(withoutLogo.Result == SiteCheckResult.MisuseRemoved, withoutLogo.Detail);
    }

    public void Dispose() => _folder.Dispose();
}
