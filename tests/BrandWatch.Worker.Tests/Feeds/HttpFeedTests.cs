using System.Net;
using BrandWatch.Worker.Feeds;
using BrandWatch.Worker.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace BrandWatch.Worker.Tests.Feeds;

public sealed class HttpFeedTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task Read_UnchangedFeed_SendsValidatorsAndGets304WithNothingNew()
    {
        var ct = TestContext.Current.CancellationToken;
        var version = 1;
        var conditionalRequests = 0;
        await using var server = await LoopbackServer.StartAsync(app => app.MapGet("/nrd.txt", (HttpContext context) =>
        {
            var etag = $"\"v{version}\"";
            if (context.Request.Headers.IfNoneMatch.ToString() == etag)
            {
                conditionalRequests++;
                return Results.StatusCode(304);
            }

            context.Response.Headers.ETag = etag;
            context.Response.Headers.LastModified = "Sat, 10 Jan 2026 00:00:00 GMT";
            return Results.Text(version == 1 ? "one.com\ntwo.com\n" : "three.com\n");
        }));
        var database = await WorkDatabase.OpenAsync(_folder.File("work.db"), TimeProvider.System, ct);
        var cursors = new FeedCursorStore(database, TimeProvider.System);
        using var http = new HttpClient();
        var feed = new HttpFeed("nrd", new Uri(server.Address, "nrd.txt"), _folder.File("downloads"), http, cursors, 1 << 20);

        var first = await ReadAndAdvanceAsync(feed, cursors);
        var firstStatus = feed.LastStatus;
        var second = await ReadAndAdvanceAsync(feed, cursors);
        var secondStatus = feed.LastStatus;
        version = 2;
        var third = await ReadAndAdvanceAsync(feed, cursors);

        Assert.Equal(HttpStatusCode.OK, firstStatus);
        Assert.Equal(["one.com", "two.com"], first);
        Assert.Equal(HttpStatusCode.NotModified, secondStatus);
        Assert.Equal(1, conditionalRequests);
        Assert.Empty(second);
        Assert.Equal(["three.com"], third);
        Assert.Equal("\"v2\"", (await cursors.GetAsync("nrd", ct)).ETag);
    }

    [Fact]
    public async Task Read_InterruptedThenUnchanged_FinishesTheStoredDownloadFromTheCursor()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = await LoopbackServer.StartAsync(app => app.MapGet("/nrd.txt", (HttpContext context) =>
        {
            if (context.Request.Headers.IfModifiedSince.Count > 0)
            {
                return Results.StatusCode(304);
            }

            context.Response.Headers.LastModified = "Sat, 10 Jan 2026 00:00:00 GMT";
            return Results.Text("one.com\ntwo.com\nthree.com\n");
        }));
        var database = await WorkDatabase.OpenAsync(_folder.File("work.db"), TimeProvider.System, ct);
        var cursors = new FeedCursorStore(database, TimeProvider.System);
        using var http = new HttpClient();
        var feed = new HttpFeed("nrd", new Uri(server.Address, "nrd.txt"), _folder.File("downloads"), http, cursors, 1 << 20);

        await foreach (var item in feed.ReadAsync(await cursors.GetAsync("nrd", ct), ct))
        {
            await cursors.SetAsync("nrd", (await cursors.GetAsync("nrd", ct)) with { Position = item.Position }, ct);
            break; // the process stops after the first domain
        }

        var rest = await ReadAndAdvanceAsync(feed, cursors);

        Assert.Equal(HttpStatusCode.NotModified, feed.LastStatus);
        Assert.Equal(["two.com", "three.com"], rest);
    }

    [Fact]
    public async Task Read_ServerError_ThrowsAndKeepsTheCursor()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = await LoopbackServer.StartAsync(app => app.MapGet("/nrd.txt", () => Results.StatusCode(503)));
        var database = await WorkDatabase.OpenAsync(_folder.File("work.db"), TimeProvider.System, ct);
        var cursors = new FeedCursorStore(database, TimeProvider.System);
        await cursors.SetAsync("nrd", new FeedCursor("x\t5", "\"old\"", null), ct);
        using var http = new HttpClient();
        var feed = new HttpFeed("nrd", new Uri(server.Address, "nrd.txt"), _folder.File("downloads"), http, cursors, 1 << 20);

        await Assert.ThrowsAsync<HttpRequestException>(() => ReadAndAdvanceAsync(feed, cursors));

        Assert.Equal(new FeedCursor("x\t5", "\"old\"", null), await cursors.GetAsync("nrd", ct));
    }

    private static async Task<List<string>> ReadAndAdvanceAsync(HttpFeed feed, FeedCursorStore cursors)
    {
        var ct = TestContext.Current.CancellationToken;
        var domains = new List<string>();
        await foreach (var item in feed.ReadAsync(await cursors.GetAsync(feed.Name, ct), ct))
        {
            domains.Add(item.Line.Text);
            await cursors.SetAsync(feed.Name, (await cursors.GetAsync(feed.Name, ct)) with { Position = item.Position }, ct);
        }

        return domains;
    }

    public void Dispose() => _folder.Dispose();
}
