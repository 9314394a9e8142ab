using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using BrandWatch.Api.Evidence;
using BrandWatch.Api.Tests.Facts;
using BrandWatch.Api.Tests.Infrastructure;
using BrandWatch.Rules.Cases;
using BrandWatch.Rules.Evidence;
using Microsoft.Extensions.DependencyInjection;

namespace BrandWatch.Api.Tests.Evidence;

public sealed class EvidenceFilesTests(EvidenceFilesHost api) : IClassFixture<EvidenceFilesHost>
{
    private static string Sha(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private static byte[] Unique(string text) => Encoding.UTF8.GetBytes($"{text} {Guid.NewGuid():N}\n");

    private static async Task<HttpResponseMessage> PutAsync(HttpClient client, string sha, byte[] bytes, string mediaType = "application/warc")
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(mediaType);
        return await client.PutAsync($"/api/evidence/files/{sha}", content, HttpTest.Ct);
    }

    private string[] TemporaryFiles() => Directory.Exists(Path.Combine(api.FilesFolder, "tmp")) ? Directory.GetFiles(Path.Combine(api.FilesFolder, "tmp")) : [];

    private string StoredPath(string sha) => Path.Combine(api.FilesFolder, sha[..2], sha);

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

    [Fact]
    public async Task Put_SameBytesTwice_StoresOneFileAndAnswersCreatedThenOk()
    {
        using var worker = api.Client("worker");
        var bytes = Unique("WARC/1.1 twice");
        var sha = Sha(bytes);

        var first = await (await PutAsync(worker, sha, bytes)).ExpectAsync(HttpStatusCode.Created);
        var second = await (await PutAsync(worker, sha, bytes)).ExpectAsync(HttpStatusCode.OK);

        Assert.Equal(sha, (string?)first["sha256"]);
        Assert.Equal(bytes.Length, (long)first["bytes"]!);
        Assert.Equal("application/warc", (string?)first["mediaType"]);
        Assert.Equal((string?)first["storedAt"], (string?)second["storedAt"]);
        Assert.Equal(bytes, await File.ReadAllBytesAsync(StoredPath(sha), HttpTest.Ct));
        Assert.Single(Directory.GetFiles(Path.GetDirectoryName(StoredPath(sha))!), f => Path.GetFileName(f) == sha);
        Assert.Empty(TemporaryFiles());
    }

    [Fact]
    public async Task Put_BodyWhoseHashIsNotItsName_IsRefusedAndNothingIsStored()
    {
        using var worker = api.Client("worker");
        var claimed = Sha(Unique("the file that was meant"));

        var problem = await (await PutAsync(worker, claimed, Unique("other bytes"))).ExpectProblemAsync(HttpStatusCode.UnprocessableEntity, "evidence-file-digest-mismatch");

        Assert.Contains("not " + claimed, (string?)problem["detail"], StringComparison.Ordinal);
        Assert.False(File.Exists(StoredPath(claimed)));
        Assert.Empty(TemporaryFiles());
        using var admin = api.Client("admin");
        Assert.Equal(HttpStatusCode.NotFound, (await admin.FetchAsync($"/api/evidence/files/{claimed}")).StatusCode);
    }

    public static TheoryData<string, bool> OversizedBodies => new()
    {
        // how the body is sent, whether it declares its length
        { "with Content-Length", true },
        { "chunked, counted while streaming", false },
    };

    [Theory]
    [MemberData(nameof(OversizedBodies))]
    public async Task Put_BodyOverTheLimit_Is413AndLeavesNoFile(string how, bool declared)
    {
        using var worker = api.Client("worker");
        var bytes = new byte[EvidenceFilesHost.MaxFileBytes + 1];
        RandomNumberGenerator.Fill(bytes);
        var sha = Sha(bytes);
        HttpContent content = declared ? new ByteArrayContent(bytes) : new StreamContent(new NonSeekable(bytes));
        if (!declared)
        {
            content.Headers.ContentLength = null;
        }

        var response = await worker.PutAsync($"/api/evidence/files/{sha}", content, HttpTest.Ct);

        await response.ExpectProblemAsync(HttpStatusCode.RequestEntityTooLarge, "payload-too-large");
        Assert.False(File.Exists(StoredPath(sha)), how);
        Assert.Empty(TemporaryFiles());
    }

    public static TheoryData<string, string> BadNames => new()
    {
        { "upper-case hex", new string('A', 64) },
        { "too short", new string('a', 63) },
        { "not hex", new string('g', 64) },
    };

    [Theory]
    [MemberData(nameof(BadNames))]
    public async Task Put_NameThatIsNotASha256_IsAValidationProblem(string what, string name)
    {
        using var worker = api.Client("worker");

        var problem = await (await PutAsync(worker, name, Unique(what))).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation");

        Assert.NotNull(problem["errors"]!["sha256"]);
    }

    [Fact]
    public async Task Put_ByAReviewer_IsForbidden()
    {
        using var reviewer = api.Client("reviewer");
        var bytes = Unique("not the worker");

        var response = await PutAsync(reviewer, Sha(bytes), bytes);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.False(File.Exists(StoredPath(Sha(bytes))));
    }

    [Fact]
    public async Task Filing_NamingAFileNotUploaded_IsRefusedWithTheMissingHash_ThenAcceptedOnceUploaded()
    {
        using var admin = api.Client("admin");
        using var worker = api.Client("worker");
        await (await admin.PostJsonAsync("/api/marks", ScoredFiling.MarkDocument("missingfile"))).ExpectAsync(HttpStatusCode.Created);
        var warc = Unique("WARC/1.1 not uploaded yet");
        var filing = WithCaptures(ScoredFiling.TldSwap("missingfile"), (CaptureKind.Warc, warc, "application/warc"));

        var refused = await (await worker.PostJsonAsync("/api/cases", filing, r => r.Headers.Add("Idempotency-Key", "missing-file-1")))
            .ExpectProblemAsync(HttpStatusCode.Conflict, "evidence-file-missing");
        await (await PutAsync(worker, Sha(warc), warc)).ExpectAsync(HttpStatusCode.Created);
        var filed = await (await worker.PostJsonAsync("/api/cases", filing, r => r.Headers.Add("Idempotency-Key", "missing-file-1"))).ExpectAsync(HttpStatusCode.Created);

        Assert.Equal(Sha(warc), (string?)refused["missing"]![0]);
        Assert.Equal("missingfile.io", (string?)filed["subject"]);
    }

    [Fact]
    public async Task Package_HoldsEveryCapturedFileOnce_WithItsPageTimeAndTool_AndVerifies()
    {
        using var admin = api.Client("admin");
        using var worker = api.Client("worker");
        using var reviewer = api.Client("reviewer");
        await (await admin.PostJsonAsync("/api/marks", ScoredFiling.MarkDocument("packaged"))).ExpectAsync(HttpStatusCode.Created);
        var warc = Unique("WARC/1.1 packaged");
        var pem = Unique("-----BEGIN CERTIFICATE-----");
        var png = Unique("\u0089PNG");
        foreach (var (bytes, type) in new[] { (warc, "application/warc"), (pem, "application/pem-certificate-chain"), (png, "image/png") })
        {
            await (await PutAsync(worker, Sha(bytes), bytes, type)).ExpectAsync(HttpStatusCode.Created);
        }

        var filing = WithCaptures(ScoredFiling.TldSwap("packaged"),
            (CaptureKind.Warc, warc, "application/warc"), (CaptureKind.CertificateChain, pem, "application/pem-certificate-chain"), (CaptureKind.Screenshot, png, "image/png"));
        var id = (long)(await (await worker.PostJsonAsync("/api/cases", filing)).ExpectAsync(HttpStatusCode.Created))["id"]!;
        // Filed again (a re-check): the same files are named twice, and the package still holds each once.
        await (await worker.PostJsonAsync("/api/cases", filing with { ObservedAt = filing.ObservedAt.AddHours(1) })).ExpectAsync(HttpStatusCode.OK);

        var response = await reviewer.FetchAsync($"/api/cases/{id}/evidence-package");
        var package = await response.Content.ReadAsByteArrayAsync(HttpTest.Ct);
        using var zip = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        var manifest = JsonNode.Parse(await ReadAsync(zip, "manifest.json"))!;
        var captured = manifest["files"]!.AsArray().Where(f => ((string?)f!["path"])!.StartsWith("captures/", StringComparison.Ordinal)).ToList();
        var verification = await PackageVerifier.VerifyAsync(new MemoryStream(package), null, HttpTest.Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(verification.Valid, string.Join("; ", verification.Failures));
        Assert.Equal(3, captured.Count);
        Assert.Equal(warc, await ReadAsync(zip, $"captures/{Sha(warc)}.warc"));
        Assert.Equal(pem, await ReadAsync(zip, $"captures/{Sha(pem)}.pem"));
        Assert.Equal(png, await ReadAsync(zip, $"captures/{Sha(png)}.png"));
        var warcEntry = captured.Single(f => (string?)f!["role"] == "warc")!;
        Assert.Equal(Sha(warc), (string?)warcEntry["sha256"]);
        Assert.Equal("http://packaged.io/", (string?)warcEntry["pageUrl"]);
        Assert.Equal("BrandWatch.Worker test", (string?)warcEntry["tool"]);
        Assert.Equal(ScoredFiling.ObservedAt, DateTimeOffset.Parse((string)warcEntry["capturedAt"]!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("application/warc", (string?)warcEntry["mediaType"]);
    }

    [Fact]
    public async Task Verify_PackageWhoseCapturedFileWasChanged_FailsNamingTheFile()
    {
        using var admin = api.Client("admin");
        using var worker = api.Client("worker");
        await (await admin.PostJsonAsync("/api/marks", ScoredFiling.MarkDocument("tamperedcapture"))).ExpectAsync(HttpStatusCode.Created);
        var warc = Unique("WARC/1.1 honest");
        await (await PutAsync(worker, Sha(warc), warc)).ExpectAsync(HttpStatusCode.Created);
        var id = (long)(await (await worker.PostJsonAsync("/api/cases", WithCaptures(ScoredFiling.TldSwap("tamperedcapture"), (CaptureKind.Warc, warc, "application/warc"))))
            .ExpectAsync(HttpStatusCode.Created))["id"]!;
        var package = await (await admin.FetchAsync($"/api/cases/{id}/evidence-package")).Content.ReadAsByteArrayAsync(HttpTest.Ct);

        using var changed = new MemoryStream();
        changed.Write(package);
        using (var zip = new ZipArchive(changed, ZipArchiveMode.Update, leaveOpen: true))
        {
            var path = $"captures/{Sha(warc)}.warc";
            zip.GetEntry(path)!.Delete();
            await using var stream = await zip.CreateEntry(path).OpenAsync(HttpTest.Ct);
            await stream.WriteAsync(Encoding.UTF8.GetBytes("WARC/1.1 forged"), HttpTest.Ct);
        }

        changed.Position = 0;
        var verification = await PackageVerifier.VerifyAsync(changed, null, HttpTest.Ct);

        Assert.False(verification.Valid);
        Assert.Contains(verification.Failures, f => f.StartsWith($"captures/{Sha(warc)}.warc: ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Package_WhoseFileLeftTheStore_IsRefusedBeforeStreaming_AndAnotherOwnerLearnsNothing()
    {
        using var admin = api.Client("admin");
        using var worker = api.Client("worker");
        using var stranger = api.Client("stranger");
        await (await admin.PostJsonAsync("/api/marks", ScoredFiling.MarkDocument("lostcapture"))).ExpectAsync(HttpStatusCode.Created);
        var warc = Unique("WARC/1.1 lost from disk");
        await (await PutAsync(worker, Sha(warc), warc)).ExpectAsync(HttpStatusCode.Created);
        var id = (long)(await (await worker.PostJsonAsync("/api/cases", WithCaptures(ScoredFiling.TldSwap("lostcapture"), (CaptureKind.Warc, warc, "application/warc"))))
            .ExpectAsync(HttpStatusCode.Created))["id"]!;
        File.Delete(StoredPath(Sha(warc)));

        var forAdmin = await admin.FetchAsync($"/api/cases/{id}/evidence-package");
        var forStranger = await stranger.FetchAsync($"/api/cases/{id}/evidence-package");

        Assert.Equal(HttpStatusCode.InternalServerError, forAdmin.StatusCode);
        Assert.Contains(Sha(warc), await forAdmin.Content.ReadAsStringAsync(HttpTest.Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, forStranger.StatusCode);
    }

    [Fact]
    public async Task Get_ServesTheFileToItsCasesReaders_AndNotToAnotherOwnersReviewer()
    {
        using var admin = api.Client("admin");
        using var worker = api.Client("worker");
        using var reviewer = api.Client("reviewer");
        using var stranger = api.Client("stranger");
        await (await admin.PostJsonAsync("/api/marks", ScoredFiling.MarkDocument("servedfile"))).ExpectAsync(HttpStatusCode.Created);
        var png = Unique("\u0089PNG served");
        await (await PutAsync(worker, Sha(png), png, "image/png")).ExpectAsync(HttpStatusCode.Created);
        await (await worker.PostJsonAsync("/api/cases", WithCaptures(ScoredFiling.TldSwap("servedfile"), (CaptureKind.Screenshot, png, "image/png")))).ExpectAsync(HttpStatusCode.Created);

        var served = await reviewer.FetchAsync($"/api/evidence/files/{Sha(png)}");
        var hidden = await stranger.FetchAsync($"/api/evidence/files/{Sha(png)}");

        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal("image/png", served.Content.Headers.ContentType?.MediaType);
        Assert.Equal(png, await served.Content.ReadAsByteArrayAsync(HttpTest.Ct));
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
    }

    [Fact]
    public async Task Purge_DeletesUnreferencedFilesPastRetention_AndKeepsFilesACaseNames()
    {
        using var admin = api.Client("admin");
        using var worker = api.Client("worker");
        await (await admin.PostJsonAsync("/api/marks", ScoredFiling.MarkDocument("purgedmark"))).ExpectAsync(HttpStatusCode.Created);
        var named = Unique("named by a case");
        var orphan = Unique("uploaded, never filed");
        var recent = Unique("uploaded a day before the purge");
        // The host's clock only moves forward (other tests of the class share it): the purge is timed from now.
        await (await PutAsync(worker, Sha(named), named)).ExpectAsync(HttpStatusCode.Created);
        await (await PutAsync(worker, Sha(orphan), orphan)).ExpectAsync(HttpStatusCode.Created);
        await (await worker.PostJsonAsync("/api/cases", WithCaptures(ScoredFiling.TldSwap("purgedmark"), (CaptureKind.Warc, named, "application/warc")))).ExpectAsync(HttpStatusCode.Created);
        api.Clock.Advance(TimeSpan.FromDays(7));
        await (await PutAsync(worker, Sha(recent), recent)).ExpectAsync(HttpStatusCode.Created);
        api.Clock.Advance(TimeSpan.FromDays(1));

        var deleted = await api.Services.GetRequiredService<EvidenceFileStore>().PurgeAsync(HttpTest.Ct);

        Assert.True(deleted >= 1);
        Assert.False(File.Exists(StoredPath(Sha(orphan))));
        Assert.True(File.Exists(StoredPath(Sha(named))));
        Assert.True(File.Exists(StoredPath(Sha(recent))));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.FetchAsync($"/api/evidence/files/{Sha(orphan)}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.FetchAsync($"/api/evidence/files/{Sha(named)}")).StatusCode);
    }

    private static async Task<byte[]> ReadAsync(ZipArchive zip, string path)
    {
        await using var stream = await zip.GetEntry(path)!.OpenAsync(HttpTest.Ct);
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy, HttpTest.Ct);
        return copy.ToArray();
    }

    /// <summary>A body whose length HttpClient cannot know, so it is sent chunked.</summary>
    private sealed class NonSeekable(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
