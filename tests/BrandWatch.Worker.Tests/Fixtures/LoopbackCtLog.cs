using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace BrandWatch.Worker.Tests.Fixtures;

/// <summary>
/// An RFC 6962 log on 127.0.0.1: <c>get-sth</c> answers the number of entries added so far with their real Merkle
/// root, signed with the log's own P-256 key (or with a broken signature on demand), and <c>get-entries</c> serves them as base64, at most <see cref="MaxPerAnswer"/> per answer as real logs cap them. Every requested range
/// is recorded so a test can see where a reader started.
/// </summary>
public sealed class LoopbackCtLog : IAsyncDisposable
{
    private readonly List<(byte[] Leaf, byte[] Extra)> _entries = [];
    private readonly object _lock = new();

    private LoopbackCtLog(LoopbackServer server) => Server = server;

    public LoopbackServer Server { get; }

    /// <summary>The log's base URL, as the log list gives it.</summary>
    public Uri Url => new(Server.Address, "log/");

    public int MaxPerAnswer { get; set; } = 3;

    /// <summary>The log's key; the log list names its public half.</summary>
    public CtLogSigner Signer { get; } = new();

    public string LogId => Signer.LogId;

    /// <summary>When set, <c>get-sth</c> answers a signature that does not verify.</summary>
    public bool CorruptSignature { get; set; }

    public ConcurrentQueue<(long Start, long End)> Requests { get; } = new();

    public static async Task<LoopbackCtLog> StartAsync()
    {
        LoopbackCtLog? log = null;
        var server = await LoopbackServer.StartAsync(app =>
        {
            app.MapGet("/log/ct/v1/get-sth", () => log!.Sth()); // set before the first request can arrive
            app.MapGet("/log/ct/v1/get-entries", (long start, long end) => log!.Entries(start, end));
            app.MapGet("/log/ct/v1/get-sth-consistency", (long first, long second) => log!.Consistency(first, second));
            app.MapGet("/log/ct/v1/get-proof-by-hash", (string hash, long tree_size) => log!.Inclusion(hash, tree_size));
        });
        log = new LoopbackCtLog(server);
        return log;
    }

    public long Add(byte[] leaf, byte[] extra)
    {
        lock (_lock)
        {
            _entries.Add((leaf, extra));
            return _entries.Count - 1;
        }
    }

    /// <summary>
    /// Replaces an entry already logged, as a log that forks or rewrites its history would: its later tree heads are
    /// still signed with its key, but no consistency proof can link them to the heads it signed before.
    /// </summary>
    public void Rewrite(int index, byte[] leaf, byte[] extra)
    {
        lock (_lock)
        {
            _entries[index] = (leaf, extra);
        }
    }

    /// <summary>Consistency proofs served (first, second), in order.</summary>
    public ConcurrentQueue<(long First, long Second)> ConsistencyRequests { get; } = new();

    /// <summary>Inclusion proofs served (tree size of each).</summary>
    public ConcurrentQueue<long> InclusionRequests { get; } = new();

    /// <summary>A log list (v3) naming this log as usable, plus a retired log that must not be read.</summary>
    public string LogList(string? logId = null) =>
        $$"""
        { "version": "3.0", "operators": [ { "name": "Loopback", "email": [], "logs": [
          { "description": "loopback log", "log_id": "{{logId ?? LogId}}", "key": "{{Convert.ToBase64String(Signer.PublicKey)}}", "url": "{{Url}}", "mmd": 86400,
            "state": { "usable": { "timestamp": "2026-01-01T00:00:00Z" } },
            "temporal_interval": { "start_inclusive": "2026-01-01T00:00:00Z", "end_exclusive": "2027-07-01T00:00:00Z" } },
          { "description": "retired log", "log_id": "cmV0aXJlZA==", "key": "", "url": "http://127.0.0.1:9/retired/", "mmd": 86400,
            "state": { "retired": { "timestamp": "2026-01-01T00:00:00Z" } } } ] } ] }
        """;

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        Signer.Dispose();
    }

    private IResult Sth()
    {
        lock (_lock)
        {
            const ulong timestamp = 1_796_000_000_000;
            var size = _entries.Count;
            var root = CtLogSigner.RootHash(_entries.Select(e => e.Leaf).ToList());
            var signature = Signer.SignTreeHead(timestamp, size, root);
            if (CorruptSignature)
            {
                signature[^1] ^= 0x5A;
            }

            return Results.Json(new Dictionary<string, object>
            {
                ["tree_size"] = size,
                ["timestamp"] = timestamp,
                ["sha256_root_hash"] = Convert.ToBase64String(root),
                ["tree_head_signature"] = Convert.ToBase64String(signature),
            });
        }
    }

    private IResult Consistency(long first, long second)
    {
        ConsistencyRequests.Enqueue((first, second));
        lock (_lock)
        {
            if (first < 0 || second < first || second > _entries.Count)
            {
                return Results.BadRequest("first and second must satisfy 0 <= first <= second <= tree size");
            }

            var leaves = _entries.Take((int)second).Select(e => e.Leaf).ToList();
            var proof = CtLogSigner.ConsistencyProof((int)first, leaves).Select(Convert.ToBase64String).ToList();
            return Results.Json(new Dictionary<string, object> { ["consistency"] = proof });
        }
    }

    private IResult Inclusion(string hash, long treeSize)
    {
        InclusionRequests.Enqueue(treeSize);
        lock (_lock)
        {
            if (treeSize < 1 || treeSize > _entries.Count)
            {
                return Results.BadRequest("tree_size is outside the log");
            }

            var leaves = _entries.Take((int)treeSize).Select(e => e.Leaf).ToList();
            var index = leaves.FindIndex(l => Convert.ToBase64String(BrandWatch.Rules.CertificateTransparency.CtMerkle.LeafHash(l)) == hash);
            if (index < 0)
            {
                return Results.NotFound("no leaf with that hash in the tree");
            }

            var path = CtLogSigner.AuditPath(index, leaves).Select(Convert.ToBase64String).ToList();
            return Results.Json(new Dictionary<string, object> { ["leaf_index"] = index, ["audit_path"] = path });
        }
    }

    private IResult Entries(long start, long end)
    {
        Requests.Enqueue((start, end));
        lock (_lock)
        {
            if (start < 0 || end < start || start >= _entries.Count)
            {
                return Results.BadRequest(string.Create(CultureInfo.InvariantCulture, $"start {start} end {end} outside 0..{_entries.Count - 1}"));
            }

            var last = Math.Min(Math.Min(end, _entries.Count - 1), start + MaxPerAnswer - 1);
            var entries = new List<Dictionary<string, string>>();
            for (var i = start; i <= last; i++)
            {
                entries.Add(new() { ["leaf_input"] = Convert.ToBase64String(_entries[(int)i].Leaf), ["extra_data"] = Convert.ToBase64String(_entries[(int)i].Extra) });
            }

            return Results.Json(new Dictionary<string, object> { ["entries"] = entries });
        }
    }
}
