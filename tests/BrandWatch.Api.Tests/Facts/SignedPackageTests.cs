using System.Diagnostics;
using System.IO.Compression;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using BrandWatch.Api.Evidence;
using BrandWatch.Api.Tests.Infrastructure;

namespace BrandWatch.Api.Tests.Facts;

public sealed class SignedPackageTests(KestrelApi api) : IClassFixture<KestrelApi>
{
    private async Task<(byte[] Package, string PublicKeyPem, string KeyId)> PackageAsync(string markId)
    {
        using var admin = api.Client("admin");
        using var worker = api.Client("worker");
        using var reviewer = api.Client("reviewer");
        await (await admin.PostJsonAsync("/api/marks", ScoredFiling.MarkDocument(markId))).ExpectAsync(HttpStatusCode.Created);
        var filed = await (await worker.PostJsonAsync("/api/cases", ScoredFiling.TldSwap(markId))).ExpectAsync(HttpStatusCode.Created);
        var id = (long)filed["id"]!;
        await (await reviewer.SendAsync(HttpMethod.Put, $"/api/cases/{id}/facts", HttpTest.RawJson("""{"registrantHoldsTrademark":true}"""))).ExpectAsync(HttpStatusCode.OK);
        var package = await reviewer.FetchAsync($"/api/cases/{id}/evidence-package");
        Assert.Equal(HttpStatusCode.OK, package.StatusCode);
        using var anonymous = api.Factory.CreateClient();
        var key = await (await anonymous.FetchAsync("/api/evidence/signing-key")).ExpectAsync(HttpStatusCode.OK);
        return (await package.Content.ReadAsByteArrayAsync(HttpTest.Ct), (string)key["publicKeyPem"]!, (string)key["keyId"]!);
    }

    [Fact]
    public async Task EvidencePackage_IsSignedWithTheServedKey_AndVerifiesOffline()
    {
        var (package, publicKey, keyId) = await PackageAsync("signedmark");
        using var zip = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        var manifest = JsonNode.Parse(await ReadAsync(zip, PackageSignature.ManifestName))!;
        var signature = JsonNode.Parse(await ReadAsync(zip, PackageSignature.FileName))!;

        var result = await PackageVerifier.VerifyAsync(new MemoryStream(package), publicKey, HttpTest.Ct);

        Assert.True(result.Valid, string.Join("; ", result.Failures));
        Assert.Equal(keyId, result.KeyId);
        Assert.Equal(keyId, (string?)manifest["signingKeyId"]);
        Assert.Equal("ES256", (string?)signature["algorithm"]);
        Assert.Contains(manifest["files"]!.AsArray(), f => (string?)f!["path"] == "facts.json");
        Assert.Equal(16, keyId.Length);
    }

    public static TheoryData<string, string> Tamperings => new()
    {
        // how the package is changed, words the failure must contain
        { "filing-bytes", "SHA-256 differs" },
        { "manifest-hash", "signature does not match" },
        { "extra-file", "not in the manifest" },
        { "removed-file", "missing" },
        { "resigned-by-another-key", "not by the given key" },
    };

    [Theory]
    [MemberData(nameof(Tamperings))]
    public async Task Verify_TamperedPackage_FailsAndSaysWhat(string tampering, string expected)
    {
        var (package, publicKey, _) = await PackageAsync("tampered" + tampering.Replace("-", string.Empty, StringComparison.Ordinal));
        var changed = await TamperAsync(package, tampering);
        var packagePath = Path.Combine(api.Folder, $"{tampering}.zip");
        var keyPath = Path.Combine(api.Folder, $"{tampering}.pem");
        await File.WriteAllBytesAsync(packagePath, changed, HttpTest.Ct);
        await File.WriteAllTextAsync(keyPath, publicKey, HttpTest.Ct);
        var output = new StringWriter();
        var error = new StringWriter();

        var code = await VerifyCommand.RunAsync([packagePath, "--key", keyPath], output, error);

        Assert.Equal(1, code);
        Assert.Contains(expected, error.ToString(), StringComparison.Ordinal);
        Assert.StartsWith(packagePath + ": ", error.ToString(), StringComparison.Ordinal);
        Assert.Equal(string.Empty, output.ToString());
    }

    private const string LogA = "https://ct-a.example/2026h2/";
    private const string LogB = "https://ct-b.example/";
    private static readonly string CertA = new('a', 64);
    private static readonly string CertB = new('b', 64);

    /// <summary>A CT case seen in two logs with one certificate and again with its renewal, and by a registration list.</summary>
    private async Task<(byte[] Package, string PublicKeyPem)> CtPackageAsync(string markId)
    {
        using var admin = api.Client("admin");
        using var worker = api.Client("worker");
        using var reviewer = api.Client("reviewer");
        await (await admin.PostJsonAsync("/api/marks", ScoredFiling.MarkDocument(markId))).ExpectAsync(HttpStatusCode.Created);
        var seen = ScoredFiling.ObservedAt;
        var filing = ScoredFiling.TldSwap(markId);
        var domain = filing.Subject;
        filing = filing with
        {
            Source = BrandWatch.Rules.Cases.CaseSource.Ct,
            Sighting = new BrandWatch.Rules.Cases.CaseSighting
            {
                Source = BrandWatch.Rules.Cases.CaseSource.Ct, Feed = "ct", Item = $"{LogA}#7", SeenAt = seen, Log = LogA, Index = 7, CertificateSha256 = CertA,
            },
            Evidence = filing.Evidence with
            {
                Certificate = new BrandWatch.Rules.Evidence.CertificateEvidence
                {
                    Log = LogA, Index = 7, EntryType = "precert", LoggedAt = seen, Issuer = "CN=Test CA", Subject = "CN=" + domain,
                    NotBefore = seen, NotAfter = seen.AddDays(90), SubjectAlternativeNames = [domain, "www." + domain], Sha256 = CertA,
                },
            },
        };
        var id = (long)(await (await worker.PostJsonAsync("/api/cases", filing)).ExpectAsync(HttpStatusCode.Created))["id"]!;
        object Sighting(string source, string feed, string item, DateTimeOffset at, string? log = null, long? index = null, string? sha = null, string? issuer = null) => new
        {
            mark = markId, domain,
            sighting = new { source, feed, item, seenAt = at, log, index, certificateSha256 = sha, issuer, subjectAlternativeNames = issuer is null ? null : new[] { domain } },
        };
        await (await worker.PostJsonAsync("/api/sightings", new
        {
            sightings = new[]
            {
                Sighting("ct", "ct", $"{LogB}#99", seen.AddHours(1), LogB, 99, CertA), // the same certificate in a second log, told without its issuer
                Sighting("ct", "ct", $"{LogA}#4012", seen.AddDays(30), LogA, 4012, CertB, "CN=Other CA"), // its renewal
                Sighting("nrd", "whoisds", "line 3", seen.AddDays(-1)),
            },
        })).ExpectAsync(HttpStatusCode.OK);
        var package = await reviewer.FetchAsync($"/api/cases/{id}/evidence-package");
        Assert.Equal(HttpStatusCode.OK, package.StatusCode);
        using var anonymous = api.Factory.CreateClient();
        var key = await (await anonymous.FetchAsync("/api/evidence/signing-key")).ExpectAsync(HttpStatusCode.OK);
        return (await package.Content.ReadAsByteArrayAsync(HttpTest.Ct), (string)key["publicKeyPem"]!);
    }

    [Fact]
    public async Task EvidencePackage_OfACtCase_HoldsEverySightingAndItsManifestNamesEachCertificateWithItsLogsIssuerAndNames()
    {
        var (package, publicKey) = await CtPackageAsync("ctpackmark");
        using var zip = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        var manifest = JsonNode.Parse(await ReadAsync(zip, PackageSignature.ManifestName))!;
        var sightings = JsonNode.Parse(await ReadAsync(zip, "sightings.json"))!.AsArray();
        var seen = ScoredFiling.ObservedAt;

        var result = await PackageVerifier.VerifyAsync(new MemoryStream(package), publicKey, HttpTest.Ct);

        Assert.True(result.Valid, string.Join("; ", result.Failures));
        Assert.Contains(manifest["files"]!.AsArray(), f => (string?)f!["path"] == "sightings.json" && (string?)f["role"] == "sightings");
        Assert.Equal(["nrd", "ct", "ct", "ct"], sightings.OrderBy(i => (DateTimeOffset)i!["seenAt"]!).Select(i => (string)i!["source"]!));
        var certificates = manifest["certificates"]!.AsArray();
        Assert.Equal([CertA, CertB], certificates.Select(c => (string)c!["sha256"]!));
        var first = certificates[0]!;
        Assert.Equal("CN=Test CA", (string?)first["issuer"]); // taken from the filing's certificate, told once for both logs
        Assert.Equal(["ctpackmark.io", "www.ctpackmark.io"], first["subjectAlternativeNames"]!.AsArray().Select(n => (string)n!));
        Assert.Equal((seen, seen.AddHours(1)), ((DateTimeOffset)first["firstSeenAt"]!, (DateTimeOffset)first["lastSeenAt"]!));
        Assert.Equal([(LogA, 7L), (LogB, 99L)], first["entries"]!.AsArray().Select(e => ((string)e!["log"]!, (long)e["index"]!)));
        Assert.Equal(("CN=Other CA", 4012L), ((string)certificates[1]!["issuer"]!, (long)certificates[1]!["entries"]![0]!["index"]!));
    }

    [Fact]
    public async Task Verify_APackageWhoseSignedManifestMisstatesACertificate_FailsNamingTheSightings()
    {
        var (package, publicKey) = await CtPackageAsync("ctclaimmark");
        using var copy = new MemoryStream();
        copy.Write(package);
        using (var zip = new ZipArchive(copy, ZipArchiveMode.Update, leaveOpen: true))
        {
            // Re-signed with the Api's own key: the signature holds, only the cross-check against sightings.json can tell.
            var manifest = JsonNode.Parse(await ReadAsync(zip, PackageSignature.ManifestName))!;
            manifest["certificates"]![0]!["issuer"] = "CN=Trusted Bank CA";
            var bytes = Encoding.UTF8.GetBytes(manifest.ToJsonString());
            using var key = ECDsa.Create();
            key.ImportFromPem(await File.ReadAllTextAsync(Path.Combine(api.Folder, "facts.signing-key.pem"), HttpTest.Ct));
            var spki = key.ExportSubjectPublicKeyInfo();
            var signature = new PackageSignature("ES256", EvidenceSigner.KeyIdOf(spki), PemEncoding.WriteString("PUBLIC KEY", spki), "2026-06-01T00:00:00Z",
                Convert.ToBase64String(key.SignData(bytes, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation)));
            await ReplaceAsync(zip, PackageSignature.ManifestName, manifest.ToJsonString());
            await ReplaceAsync(zip, PackageSignature.FileName, System.Text.Json.JsonSerializer.Serialize(signature, BrandWatch.Rules.Cases.ContractJson.Options));
        }

        var result = await PackageVerifier.VerifyAsync(new MemoryStream(copy.ToArray()), publicKey, HttpTest.Ct);

        Assert.Equal(["manifest.json: its certificates differ from the CT sightings in sightings.json"], result.Failures);
    }

    [Fact]
    public async Task VerifyCommand_AsARealProcess_ExitsZeroForTheIntactPackageAndOneForATamperedOne()
    {
        var (package, publicKey, keyId) = await PackageAsync("processmark");
        var intact = Path.Combine(api.Folder, "intact.zip");
        var tampered = Path.Combine(api.Folder, "tampered.zip");
        var keyPath = Path.Combine(api.Folder, "signing-key.pem");
        await File.WriteAllBytesAsync(intact, package, HttpTest.Ct);
        await File.WriteAllBytesAsync(tampered, await TamperAsync(package, "filing-bytes"), HttpTest.Ct);
        await File.WriteAllTextAsync(keyPath, publicKey, HttpTest.Ct);

        var ok = await RunApiAsync("verify", intact, "--key", keyPath);
        var bad = await RunApiAsync("verify", tampered, "--key", keyPath);
        var usage = await RunApiAsync("verify");

        Assert.Equal(0, ok.Code);
        Assert.StartsWith($"ok: {intact}: case ", ok.Stdout, StringComparison.Ordinal);
        Assert.Contains(keyId, ok.Stdout, StringComparison.Ordinal);
        Assert.Equal(1, bad.Code);
        Assert.Contains("SHA-256 differs", bad.Stderr, StringComparison.Ordinal);
        Assert.Equal(2, usage.Code);
        Assert.StartsWith("usage: verify", usage.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SigningKey_IsCreatedBesideTheDatabaseReadableByItsOwnerOnly()
    {
        using var anonymous = api.Factory.CreateClient();
        var key = await (await anonymous.FetchAsync("/api/evidence/signing-key")).ExpectAsync(HttpStatusCode.OK);
        var path = Path.Combine(api.Folder, "facts.signing-key.pem");

        using var stored = ECDsa.Create();
        stored.ImportFromPem(await File.ReadAllTextAsync(path, HttpTest.Ct));

        Assert.Equal((string?)key["keyId"], EvidenceSigner.KeyIdOf(stored.ExportSubjectPublicKeyInfo()));
        if (OperatingSystem.IsLinux())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        }

        Assert.Contains("BEGIN PUBLIC KEY", (string?)key["publicKeyPem"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_WithAnUnusableSigningKeyFile_ExitsWithOneLineNamingIt()
    {
        using var folder = new TempFolder();
        var keyPath = folder.File("broken.pem");
        await File.WriteAllTextAsync(keyPath, "not a key", HttpTest.Ct);

        var (code, _, stderr) = await RunApiAsync(
            new Dictionary<string, string> { ["ConnectionStrings__BrandWatch"] = $"Data Source={folder.File("k.db")}", ["Evidence__SigningKeyPath"] = keyPath },
            "--urls", "http://127.0.0.1:0");

        Assert.Equal(2, code);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"error: evidence signing key '{keyPath}':", line, StringComparison.Ordinal);
    }

    private static async Task<byte[]> TamperAsync(byte[] package, string how)
    {
        using var copy = new MemoryStream();
        copy.Write(package);
        using (var zip = new ZipArchive(copy, ZipArchiveMode.Update, leaveOpen: true))
        {
            var filing = zip.Entries.First(e => e.FullName.StartsWith("evidence/", StringComparison.Ordinal));
            switch (how)
            {
                case "filing-bytes":
                    await ReplaceAsync(zip, filing.FullName, (await ReadAsync(zip, filing.FullName)).Replace("192.0.2.120", "192.0.2.121", StringComparison.Ordinal));
                    break;
                case "manifest-hash":
                {
                    // Change a filing and fix its hash and size in the manifest: only the signature can tell.
                    var text = (await ReadAsync(zip, filing.FullName)).Replace("192.0.2.120", "192.0.2.121", StringComparison.Ordinal);
                    await ReplaceAsync(zip, filing.FullName, text);
                    var manifest = JsonNode.Parse(await ReadAsync(zip, PackageSignature.ManifestName))!;
                    var entry = manifest["files"]!.AsArray().First(f => (string?)f!["path"] == filing.FullName)!;
                    entry["sha256"] = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
                    entry["bytes"] = Encoding.UTF8.GetByteCount(text);
                    await ReplaceAsync(zip, PackageSignature.ManifestName, manifest.ToJsonString());
                    break;
                }

                case "extra-file":
                    await ReplaceAsync(zip, "evidence/9999-note.txt", "added later");
                    break;
                case "removed-file":
                    zip.GetEntry("facts.json")!.Delete();
                    break;
                case "resigned-by-another-key":
                {
                    using var other = ECDsa.Create(ECCurve.NamedCurves.nistP256);
                    var manifest = Encoding.UTF8.GetBytes(await ReadAsync(zip, PackageSignature.ManifestName));
                    var spki = other.ExportSubjectPublicKeyInfo();
                    var signature = new PackageSignature("ES256", EvidenceSigner.KeyIdOf(spki), PemEncoding.WriteString("PUBLIC KEY", spki), "2026-06-01T00:00:00Z",
                        Convert.ToBase64String(other.SignData(manifest, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation)));
                    await ReplaceAsync(zip, PackageSignature.FileName, System.Text.Json.JsonSerializer.Serialize(signature, BrandWatch.Rules.Cases.ContractJson.Options));
                    break;
                }

                default:
                    throw new ArgumentOutOfRangeException(nameof(how), how, "unknown tampering");
            }
        }

        return copy.ToArray();
    }

    private static async Task ReplaceAsync(ZipArchive zip, string path, string text)
    {
        zip.GetEntry(path)?.Delete();
        var entry = zip.CreateEntry(path);
        await using var stream = await entry.OpenAsync(HttpTest.Ct);
        await stream.WriteAsync(Encoding.UTF8.GetBytes(text), HttpTest.Ct);
    }

    private static async Task<string> ReadAsync(ZipArchive zip, string path)
    {
        var entry = zip.GetEntry(path) ?? throw new InvalidOperationException($"{path} missing from the package");
        await using var stream = await entry.OpenAsync(HttpTest.Ct);
        using var reader = new StreamReader(stream);
        return await reader.ReadToEndAsync(HttpTest.Ct);
    }

    private static Task<(int Code, string Stdout, string Stderr)> RunApiAsync(params string[] args) => RunApiAsync(new Dictionary<string, string>(), args);

    private static async Task<(int Code, string Stdout, string Stderr)> RunApiAsync(Dictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetTempPath() };
        start.ArgumentList.Add(typeof(Program).Assembly.Location);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["Logging__LogLevel__Default"] = "None";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var stdout = process.StandardOutput.ReadToEndAsync(HttpTest.Ct);
        var stderr = await process.StandardError.ReadToEndAsync(HttpTest.Ct);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(HttpTest.Ct);
        timeout.CancelAfter(TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return (process.ExitCode, await stdout, stderr);
    }
}
