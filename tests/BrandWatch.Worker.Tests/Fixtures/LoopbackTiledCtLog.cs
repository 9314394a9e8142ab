using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace BrandWatch.Worker.Tests.Fixtures;

/// <summary>
/// A static-ct-api (C2SP) log on 127.0.0.1: a checkpoint signed with the log's own P-256 key over the real Merkle root,
/// data tiles (full tiles of 256 entries, partial tiles at the head, gzip-encoded as logs may send them unasked) and
/// issuers by fingerprint. Partial tiles can be withdrawn, a tile corrupted, or the checkpoint's signature broken,
/// to test what a reader does then. Every tile path asked for is recorded.
/// </summary>
public sealed class LoopbackTiledCtLog : IAsyncDisposable
{
    private readonly List<(byte[] Leaf, byte[] Extra)> _entries = [];
    private readonly Dictionary<string, byte[]> _issuers = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    private LoopbackTiledCtLog(LoopbackServer server) => Server = server;

    public LoopbackServer Server { get; }

    public CtLogSigner Signer { get; } = new();

    public string LogId => Signer.LogId;

    /// <summary>The monitoring prefix, as the log list gives it.</summary>
    public Uri MonitoringUrl => new(Server.Address, "tiled/");

    /// <summary>The submission prefix; the checkpoint's origin is this without scheme and trailing slash.</summary>
    public Uri SubmissionUrl => new(Server.Address, "submit/2026h2/");

    public string Origin => SubmissionUrl.Authority + "/submit/2026h2";

    public bool CorruptSignature { get; set; }

    /// <summary>When set, partial tiles answer 404, as once a log has published the full tile.</summary>
    public bool WithdrawPartialTiles { get; set; }

    /// <summary>Data tile index served truncated in the middle of an entry.</summary>
    public long? CorruptTile { get; set; }

    public ConcurrentQueue<string> TileRequests { get; } = new();

    public static async Task<LoopbackTiledCtLog> StartAsync()
    {
        LoopbackTiledCtLog? log = null;
        var server = await LoopbackServer.StartAsync(app =>
        {
            app.MapGet("/tiled/checkpoint", () => log!.Checkpoint()); // set before the first request can arrive
            app.MapGet("/tiled/tile/data/{**path}", (string path) => log!.DataTile(path));
            app.MapGet("/tiled/issuer/{fingerprint}", (string fingerprint) => log!.Issuer(fingerprint));
        });
        log = new LoopbackTiledCtLog(server);
        return log;
    }

    /// <summary>Adds an RFC 6962 entry (MerkleTreeLeaf and extra_data as <c>CtEntryWriter</c> makes them) issued by <paramref name="issuer"/>.</summary>
    public long Add(byte[] leaf, byte[] extra, byte[] issuer)
    {
        lock (_lock)
        {
            _issuers[Convert.ToHexStringLower(SHA256.HashData(issuer))] = issuer;
            _entries.Add((leaf, extra));
            return _entries.Count - 1;
        }
    }

    /// <summary>A log list (v3) naming this log under <c>tiled_logs</c> as usable.</summary>
    public string LogList() =>
        $$"""
        { "version": "3.0", "operators": [ { "name": "Loopback", "email": [], "logs": [], "tiled_logs": [
          { "description": "loopback tiled log", "log_id": "{{LogId}}", "key": "{{Convert.ToBase64String(Signer.PublicKey)}}",
            "submission_url": "{{SubmissionUrl}}", "monitoring_url": "{{MonitoringUrl}}", "mmd": 60,
            "state": { "usable": { "timestamp": "2026-01-01T00:00:00Z" } },
            "temporal_interval": { "start_inclusive": "2026-07-01T00:00:00Z", "end_exclusive": "2027-01-01T00:00:00Z" } } ] } ] }
        """;

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        Signer.Dispose();
    }

    private IResult Checkpoint()
    {
        lock (_lock)
        {
            var root = CtLogSigner.RootHash(_entries.Select(e => e.Leaf).ToList());
            var note = Signer.Checkpoint(Origin, 1_796_000_000_000, _entries.Count, root);
            if (CorruptSignature)
            {
                // Sign a different root: a well-formed signature that does not cover this checkpoint.
                var other = Signer.Checkpoint(Origin, 1_796_000_000_000, _entries.Count, SHA256.HashData(root));
                note = note[..note.IndexOf("\n\n", StringComparison.Ordinal)] + other[other.IndexOf("\n\n", StringComparison.Ordinal)..];
            }

            return Results.Text(note, "text/plain; charset=utf-8");
        }
    }

    private IResult DataTile(string path)
    {
        TileRequests.Enqueue(path);
        var partial = path.Split(".p/");
        var index = 0L;
        foreach (var group in partial[0].Split('/'))
        {
            index = (index * 1000) + long.Parse(group.TrimStart('x'), CultureInfo.InvariantCulture);
        }

        var width = partial.Length == 2 ? int.Parse(partial[1], CultureInfo.InvariantCulture) : 256;
        lock (_lock)
        {
            var first = index * 256;
            if ((partial.Length == 2 && WithdrawPartialTiles) || first + width > _entries.Count)
            {
                return Results.NotFound();
            }

            using var tile = new MemoryStream();
            for (var i = first; i < first + width; i++)
            {
                var bytes = TileLeaf(_entries[(int)i].Leaf, _entries[(int)i].Extra);
                tile.Write(bytes);
            }

            var data = tile.ToArray();
            if (CorruptTile == index)
            {
                data = data[..(data.Length / 2)];
            }

            using var zipped = new MemoryStream();
            using (var gzip = new GZipStream(zipped, CompressionLevel.Fastest, leaveOpen: true))
            {
                gzip.Write(data);
            }

            return new GzipResult(zipped.ToArray());
        }
    }

    private IResult Issuer(string fingerprint)
    {
        lock (_lock)
        {
            return _issuers.TryGetValue(fingerprint, out var der) ? Results.Bytes(der, "application/pkix-cert") : Results.NotFound();
        }
    }

    /// <summary>TileLeaf: the TimestampedEntry of the leaf, the precertificate for a precert entry, the issuers' fingerprints.</summary>
    private byte[] TileLeaf(byte[] leaf, byte[] extra)
    {
        var entryType = BinaryPrimitives.ReadUInt16BigEndian(leaf.AsSpan(10));
        var timestamped = leaf[2..];
        var precertificate = entryType == 1 ? extra[..(3 + ((extra[0] << 16) | (extra[1] << 8) | extra[2]))] : [];
        var fingerprints = _issuers.Keys.Select(Convert.FromHexString).SelectMany(b => b).ToArray();
        var chain = new byte[2 + fingerprints.Length];
        BinaryPrimitives.WriteUInt16BigEndian(chain, (ushort)fingerprints.Length);
        fingerprints.CopyTo(chain, 2);
        return [.. timestamped, .. precertificate, .. chain];
    }

    /// <summary>A gzip body sent with <c>Content-Encoding: gzip</c>, as static-ct-api logs may answer without negotiation.</summary>
    private sealed class GzipResult(byte[] body) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.ContentType = "application/octet-stream";
            httpContext.Response.Headers.ContentEncoding = "gzip";
            httpContext.Response.ContentLength = body.Length;
            await httpContext.Response.Body.WriteAsync(body);
        }
    }
}
