using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using BrandWatch.Api.Auth;
using BrandWatch.Api.Evidence;
using BrandWatch.Api.Tests.Facts;
using BrandWatch.Api.Tests.Infrastructure;
using BrandWatch.Rules.Cases;
using BrandWatch.Rules.Evidence;
using Microsoft.Extensions.DependencyInjection;

namespace BrandWatch.Api.Tests.ScaleOut;

/// <summary>
/// Evidence files with several Api instances on one PostgreSQL database: a file uploaded through one instance is served,
/// packaged and verified through another, with the files in the database (the default there) or in a shared folder.
/// Every test starts two real Api hosts on Kestrel (127.0.0.1) with 16 KiB chunks, so the test files span several.
/// </summary>
[Collection(PostgresGroup.Name)]
public sealed class SharedEvidenceTests(PostgresFixture postgres)
{
    private const int ChunkBytes = 16 * 1024;

    private static string Sha(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>Bytes no other test uploads, <paramref name="size"/> long, that do not repeat within a chunk.</summary>
    private static byte[] Unique(string text, int size)
    {
        var bytes = new byte[size];
        RandomNumberGenerator.Fill(bytes);
        Encoding.ASCII.GetBytes(text).CopyTo(bytes, 0);
        return bytes;
    }

    private static async Task<HttpResponseMessage> PutAsync(HttpClient client, byte[] bytes, string mediaType)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(mediaType);
        return await client.PutAsync($"/api/evidence/files/{Sha(bytes)}", content, HttpTest.Ct);
    }

    private static CaseFiling WithCaptures(CaseFiling filing, params (CaptureKind Kind, byte[] Bytes, string MediaType)[] files) => filing with
    {
        Evidence = filing.Evidence with
        {
            Pages =
            [
                new PageEvidence
                {
                    Url = "http://" + filing.Subject + "/", FinalUrl = "http://" + filing.Subject + "/", Status = 200,
                    Captures = [.. files.Select(f => new CaptureFile
                    {
                        Kind = f.Kind, Sha256 = Sha(f.Bytes), Bytes = f.Bytes.LongLength, MediaType = f.MediaType,
                        CapturedAt = ScoredFiling.ObservedAt, Tool = "BrandWatch.Worker test",
                    })],
                },
            ],
        },
    };

    /// <summary>Two instances on one database with the given store (the folder store gets one folder both mount), and a reviewer of the filings' owner.</summary>
    private sealed class Shared : IAsyncDisposable
    {
        private readonly TempFolder _folder;

        private Shared(Cluster cluster, string reviewerKey, TempFolder folder)
        {
            Cluster = cluster;
            ReviewerKey = reviewerKey;
            _folder = folder;
        }

        public Cluster Cluster { get; }

        public string ReviewerKey { get; }

        public string FilesFolder => _folder.File("files");

        public static async Task<Shared> StartAsync(PostgresFixture postgres, string store)
        {
            var folder = new TempFolder();
            var settings = new Dictionary<string, string?>
            {
                ["EvidenceFiles:Store"] = store,
                ["EvidenceFiles:ChunkBytes"] = ChunkBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["EvidenceFiles:UnreferencedRetention"] = "00:01:00",
                ["EvidenceFiles:PurgeEvery"] = "7.00:00:00", // the tests purge when they choose
            };
            if (store == "folder")
            {
                settings["EvidenceFiles:Folder"] = folder.File("files");
            }

            var cluster = await Cluster.StartAsync(postgres, 2, settings);
            var reviewer = await cluster.Instances[0].Services.GetRequiredService<KeyStore>()
                .CreateAsync(Roles.LegalReviewer, [KestrelApi.Owner], "evidence-reviewer", "shared-evidence-tests", HttpTest.Ct);
            return new Shared(cluster, reviewer.Key, folder);
        }

        public async ValueTask DisposeAsync()
        {
            await Cluster.DisposeAsync();
            _folder.Dispose();
        }
    }

    [Theory]
    [InlineData("database")]
    [InlineData("folder")]
    public async Task FileUploadedThroughOneInstance_IsServedPackagedAndVerifiedThroughTheOther(string store)
    {
        await using var shared = await Shared.StartAsync(postgres, store);
        var cluster = shared.Cluster;
        using var admin = cluster.Client(0, "admin");
        using var workerA = cluster.Client(0, "worker");
        using var reviewerB = cluster.Instances[1].Client(shared.ReviewerKey);
        await (await admin.PostJsonAsync("/api/marks", ScoredFiling.MarkDocument("sharedcapture"))).ExpectAsync(HttpStatusCode.Created);
        var warc = Unique("WARC/1.1 spanning chunks", (3 * ChunkBytes) + 123);
        var pem = Unique("-----BEGIN CERTIFICATE-----", 900);
        var png = Unique("\u0089PNG", ChunkBytes); // exactly one chunk
        foreach (var (bytes, type) in new[] { (warc, "application/warc"), (pem, "application/pem-certificate-chain"), (png, "image/png") })
        {
            await (await PutAsync(workerA, bytes, type)).ExpectAsync(HttpStatusCode.Created);
        }

        var filing = WithCaptures(ScoredFiling.TldSwap("sharedcapture"),
            (CaptureKind.Warc, warc, "application/warc"), (CaptureKind.CertificateChain, pem, "application/pem-certificate-chain"), (CaptureKind.Screenshot, png, "image/png"));
        var id = (long)(await (await workerA.PostJsonAsync("/api/cases", filing)).ExpectAsync(HttpStatusCode.Created))["id"]!;

        var served = await reviewerB.FetchAsync($"/api/evidence/files/{Sha(warc)}");
        var range = await reviewerB.SendAsync(HttpMethod.Get, $"/api/evidence/files/{Sha(warc)}", configure: r => r.Headers.Range = new RangeHeaderValue(ChunkBytes - 10, (2 * ChunkBytes) + 9));
        var package = await (await reviewerB.FetchAsync($"/api/cases/{id}/evidence-package")).Content.ReadAsByteArrayAsync(HttpTest.Ct);
        using var zip = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        var manifest = JsonNode.Parse(await ReadAsync(zip, "manifest.json"))!;
        var verification = await PackageVerifier.VerifyAsync(new MemoryStream(package), null, HttpTest.Ct);
        var chunks = await cluster.QueryAsync<long>("SELECT COUNT(*) FROM evidence_chunks");

        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal("application/warc", served.Content.Headers.ContentType?.MediaType);
        Assert.Equal(warc, await served.Content.ReadAsByteArrayAsync(HttpTest.Ct));
        Assert.Equal(HttpStatusCode.PartialContent, range.StatusCode);
        Assert.Equal(warc[(ChunkBytes - 10)..((2 * ChunkBytes) + 10)], await range.Content.ReadAsByteArrayAsync(HttpTest.Ct));
        Assert.True(verification.Valid, string.Join("; ", verification.Failures));
        Assert.Equal(warc, await ReadAsync(zip, $"captures/{Sha(warc)}.warc"));
        Assert.Equal(pem, await ReadAsync(zip, $"captures/{Sha(pem)}.pem"));
        Assert.Equal(png, await ReadAsync(zip, $"captures/{Sha(png)}.png"));
        Assert.Equal(3, manifest["files"]!.AsArray().Count(f => ((string?)f!["path"])!.StartsWith("captures/", StringComparison.Ordinal)));
        // The database store keeps each file as its chunks (4 + 1 + 1); the folder store keeps none there.
        Assert.Equal(store == "database" ? 6 : 0, chunks.Single());
        Assert.Equal(store == "folder", File.Exists(Path.Combine(shared.FilesFolder, Sha(warc)[..2], Sha(warc))));
    }

    [Theory]
    [InlineData("database")]
    [InlineData("folder")]
    public async Task SameFileUploadedAtOnceThroughBothInstances_IsStoredOnce(string store)
    {
        await using var shared = await Shared.StartAsync(postgres, store);
        var cluster = shared.Cluster;
        var clients = Enumerable.Range(0, 6).Select(i => cluster.Client(i % 2, "worker")).ToList();
        var warc = Unique("WARC/1.1 uploaded six times at once", (2 * ChunkBytes) + 7);

        var responses = await Task.WhenAll(clients.Select(client => PutAsync(client, warc, "application/warc")));
        var rows = await cluster.QueryAsync<(string Sha256, long Bytes)>("SELECT sha256, bytes FROM evidence_files");
        var chunks = await cluster.QueryAsync<(long Start, long Length)>("SELECT start_byte, LENGTH(data)::bigint FROM evidence_chunks ORDER BY start_byte");
        using var reader = cluster.Client(1, "admin");
        var served = await (await reader.FetchAsync($"/api/evidence/files/{Sha(warc)}")).Content.ReadAsByteArrayAsync(HttpTest.Ct);

        Assert.All(responses, r => Assert.True(r.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK, $"{(int)r.StatusCode}"));
        // The losers' staged chunks are deleted in the transaction that finds the file already stored.
        (long Start, long Length)[] expected = store == "database" ? [(0, ChunkBytes), (ChunkBytes, ChunkBytes), (2 * ChunkBytes, 7)] : [];
        Assert.Equal(new[] { (Sha(warc), (long)warc.Length) }, rows);
        Assert.Equal(expected, chunks);
        Assert.Equal(warc, served);
        clients.ForEach(c => c.Dispose());
    }

    [Fact]
    public async Task Upload_WhoseHashIsNotItsName_LeavesNoChunksBehind()
    {
        await using var shared = await Shared.StartAsync(postgres, "database");
        var cluster = shared.Cluster;
        using var worker = cluster.Client(0, "worker");
        var claimed = Unique("WARC/1.1 claimed", ChunkBytes + 1);
        var sent = Unique("WARC/1.1 sent instead", ChunkBytes + 1);
        var content = new ByteArrayContent(sent);

        var refused = await (await worker.PutAsync($"/api/evidence/files/{Sha(claimed)}", content, HttpTest.Ct))
            .ExpectProblemAsync(HttpStatusCode.UnprocessableEntity, "evidence-file-digest-mismatch");
        var chunks = await cluster.QueryAsync<long>("SELECT COUNT(*) FROM evidence_chunks");
        var rows = await cluster.QueryAsync<long>("SELECT COUNT(*) FROM evidence_files");

        Assert.Contains(Sha(sent), (string?)refused["detail"], StringComparison.Ordinal);
        Assert.Equal(0, chunks.Single());
        Assert.Equal(0, rows.Single());
    }

    [Fact]
    public async Task Purge_OnTheOtherInstance_DeletesUnreferencedFilesAndAbandonedChunks_AndKeepsFilesACaseNames()
    {
        await using var shared = await Shared.StartAsync(postgres, "database");
        var cluster = shared.Cluster;
        using var admin = cluster.Client(0, "admin");
        using var worker = cluster.Client(0, "worker");
        await (await admin.PostJsonAsync("/api/marks", ScoredFiling.MarkDocument("purgedshared"))).ExpectAsync(HttpStatusCode.Created);
        var named = Unique("named by a case", ChunkBytes + 5);
        var orphan = Unique("uploaded, never filed", ChunkBytes + 5);
        var recent = Unique("uploaded a moment ago", 100);
        await (await PutAsync(worker, named, "application/warc")).ExpectAsync(HttpStatusCode.Created);
        await (await PutAsync(worker, orphan, "application/warc")).ExpectAsync(HttpStatusCode.Created);
        await (await worker.PostJsonAsync("/api/cases", WithCaptures(ScoredFiling.TldSwap("purgedshared"), (CaptureKind.Warc, named, "application/warc")))).ExpectAsync(HttpStatusCode.Created);
        // Time moves in the database: both uploads and a staged chunk no upload finished are two days old.
        await cluster.QueryAsync<int>("UPDATE evidence_files SET last_uploaded_at = '2000-01-01T00:00:00.0000000Z' RETURNING 1");
        await cluster.QueryAsync<int>("INSERT INTO evidence_chunks (blob_id, start_byte, data, written_at) VALUES ('abandoned', 0, '\\x00', '2000-01-01T00:00:00.0000000Z') RETURNING 1");
        await (await PutAsync(worker, recent, "application/warc")).ExpectAsync(HttpStatusCode.Created);

        var deleted = await cluster.Instances[1].Services.GetRequiredService<EvidenceFileStore>().PurgeAsync(HttpTest.Ct);
        var left = await cluster.QueryAsync<string>("SELECT sha256 FROM evidence_files ORDER BY sha256");
        var blobs = await cluster.QueryAsync<string>("SELECT DISTINCT c.blob_id FROM evidence_chunks c LEFT JOIN evidence_files e ON e.blob_id = c.blob_id WHERE e.sha256 IS NULL");

        Assert.Equal(1, deleted);
        Assert.Equal(new[] { Sha(named), Sha(recent) }.Order(StringComparer.Ordinal), left);
        Assert.Empty(blobs);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.FetchAsync($"/api/evidence/files/{Sha(orphan)}")).StatusCode);
        Assert.Equal(named, await (await cluster.Client(1, "admin").FetchAsync($"/api/evidence/files/{Sha(named)}")).Content.ReadAsByteArrayAsync(HttpTest.Ct));
    }

    [Theory]
    [InlineData("sqlite", "Database", 3)]
    [InlineData("sqlite", "Auto", 0)]
    [InlineData("postgresql", "Auto", 3)]
    [InlineData("postgresql", "Folder", 0)]
    public async Task Store_OnEitherEngine_ServesTheFileAsUploaded_InChunksOnlyWhenInTheDatabase(string provider, string store, int chunks)
    {
        using var files = new TempFolder();
        await using var api = await ProviderApi.StartAsync(postgres, provider, new Dictionary<string, string?>
        {
            ["EvidenceFiles:Store"] = store,
            ["EvidenceFiles:Folder"] = files.File("files"),
            ["EvidenceFiles:ChunkBytes"] = ChunkBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        await api.AddCallerAsync("worker", Roles.Worker);
        var png = Unique("\u0089PNG on " + provider, (2 * ChunkBytes) + 1);

        await (await PutAsync(api["worker"], png, "image/png")).ExpectAsync(HttpStatusCode.Created);
        var served = await api["worker"].FetchAsync($"/api/evidence/files/{Sha(png)}");
        var tail = await api["worker"].SendAsync(HttpMethod.Get, $"/api/evidence/files/{Sha(png)}", configure: r => r.Headers.Range = new RangeHeaderValue(null, 2));
        var database = api.Services.GetRequiredService<BrandWatch.Api.Storage.ApiDatabase>();
        await using var connection = await database.OpenAsync(HttpTest.Ct);
        var stored = await Dapper.SqlMapper.ExecuteScalarAsync<long>(connection, "SELECT COUNT(*) FROM evidence_chunks");

        Assert.Equal(png, await served.Content.ReadAsByteArrayAsync(HttpTest.Ct));
        Assert.Equal("image/png", served.Content.Headers.ContentType?.MediaType);
        Assert.Equal(png[^2..], await tail.Content.ReadAsByteArrayAsync(HttpTest.Ct));
        Assert.Equal(chunks, stored);
    }

    private static async Task<byte[]> ReadAsync(ZipArchive zip, string path)
    {
        await using var stream = await zip.GetEntry(path)!.OpenAsync(HttpTest.Ct);
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy, HttpTest.Ct);
        return copy.ToArray();
    }
}
