using System.Text.Json;
using BrandWatch.Worker.Storage;
using BrandWatch.Worker.Tests.Fixtures;

namespace BrandWatch.Worker.Tests.Feeds.CertificateTransparency;

/// <summary>Starts the worlds of the CT feed tests: <see cref="CtWorld{TLog}"/> with an RFC 6962 log or a tiled one.</summary>
internal static class CtWorld
{
    /// <summary>When every test entry was logged.</summary>
    public static readonly DateTimeOffset LoggedAt = new(2026, 12, 2, 10, 0, 0, TimeSpan.Zero);

    /// <summary>A world around an RFC 6962 log; <paramref name="live"/> are the names dnsmasq answers (127.0.0.1).</summary>
    public static Task<CtWorld<LoopbackCtLog>> Rfc6962Async(params string[] live) =>
        CtWorld<LoopbackCtLog>.StartAsync(LoopbackCtLog.StartAsync, log => log.LogList(), live);

    /// <summary>A world around a static-ct-api (tiled) log.</summary>
    public static Task<CtWorld<LoopbackTiledCtLog>> TiledAsync(params string[] live) =>
        CtWorld<LoopbackTiledCtLog>.StartAsync(LoopbackTiledCtLog.StartAsync, log => log.LogList(), live);

    /// <summary>The cursor's next index for <paramref name="logId"/>, as the feed stores it.</summary>
    public static async Task<long> NextIndexAsync(WorkerFixture worker, string logId)
    {
        var position = (await worker.Get<FeedCursorStore>().GetAsync("ct", TestContext.Current.CancellationToken)).Position;
        return JsonSerializer.Deserialize<Dictionary<string, long>>(position)![logId]; // the feed writes this object
    }
}

/// <summary>
/// What a CT feed test runs against, started once per test so that no test sees another's cases or log: dnsmasq
/// answering the live names, the site server, the filing Api, one loopback log, a writer of real certificates and a
/// state folder. <see cref="StartWorkerAsync"/> starts a Worker whose only feed reads the log through a log list.
/// </summary>
internal sealed class CtWorld<TLog> : IAsyncDisposable where TLog : IAsyncDisposable
{
    private readonly Func<TLog, string> _logList;

    private CtWorld(TempFolder folder, Dnsmasq dns, LoopbackServer sites, CaseApiServer api, TLog log, Func<TLog, string> logList)
    {
        Folder = folder;
        Dns = dns;
        Sites = sites;
        Api = api;
        Log = log;
        _logList = logList;
    }

    public TempFolder Folder { get; }
    public Dnsmasq Dns { get; }
    public LoopbackServer Sites { get; }
    public CaseApiServer Api { get; }
    public TLog Log { get; }
    public CtEntryWriter Writer { get; } = new();

    /// <summary>The log list the Worker's feed reads; a test may write another one here.</summary>
    public string LogListPath => Folder.File("log-list.json");

    internal static async Task<CtWorld<TLog>> StartAsync(Func<Task<TLog>> startLog, Func<TLog, string> logList, string[] live)
    {
        var folder = new TempFolder();
        var dns = await Dnsmasq.StartAsync(live.ToDictionary(name => name, _ => "127.0.0.1"));
        var sites = await SiteServer.StartAsync(new HashSet<string>());
        var api = await CaseApiServer.StartAsync();
        var log = await startLog();
        return new CtWorld<TLog>(folder, dns, sites, api, log, logList);
    }

    /// <summary>
    /// Starts a Worker on this world's state folder with one CT feed, "ct", over <paramref name="logList"/> (the log's
    /// own list when null); <paramref name="batchEntries"/> sets how many entries it asks for at once.
    /// </summary>
    public async Task<WorkerFixture> StartWorkerAsync(bool fromStart = true, int? batchEntries = null, string? logList = null, Dictionary<string, string?>? more = null)
    {
        await File.WriteAllTextAsync(LogListPath, logList ?? _logList(Log), TestContext.Current.CancellationToken);
        var settings = WorkerFixture.Settings(Folder.Path, Api, Dns, Sites, RepoPaths.Of("samples", "marks.json"));
        settings["Feeds:0:Name"] = "ct";
        settings["Feeds:0:Kind"] = "CertificateTransparency";
        settings["Feeds:0:Path"] = LogListPath;
        settings["Feeds:0:CtFromStart"] = fromStart ? "true" : "false";
        if (batchEntries is { } batch)
        {
            settings["Feeds:0:CtBatchEntries"] = batch.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        foreach (var (key, value) in more ?? [])
        {
            settings[key] = value;
        }

        return await WorkerFixture.StartAsync(settings);
    }

    public async ValueTask DisposeAsync()
    {
        await Log.DisposeAsync();
        await Api.DisposeAsync();
        await Sites.DisposeAsync();
        Dns.Dispose();
        Writer.Dispose();
        Folder.Dispose();
    }
}
