using System.IO.Compression;
using System.Text.Json;
using BrandWatch.Api.Auth;
using BrandWatch.Api.Cases;
using BrandWatch.Api.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BrandWatch.Api.Evidence;

/// <summary>
/// <c>GET /api/cases/{id}/evidence-package</c>: a zip a lawyer can attach to a complaint — every filing as received,
/// the reviewer facts (every version, with the re-scoring each made), the latest verdict, the case and its audit log,
/// the files captured with its pages (WARC, certificate chains, DNS answers, screenshots, under <c>captures/</c>),
/// a manifest giving each file's SHA-256, and the manifest's ECDSA P-256 signature (manifest.sig.json). The zip is
/// built in a temporary file, so large captures are streamed rather than held in memory.
/// </summary>
public static class EvidencePackageApi
{
    public static RouteHandlerBuilder MapEvidencePackageApi(this IEndpointRouteBuilder routes)
    {
        // The public key is public: a verifier needs no API key to fetch it.
        routes.MapGet("/api/evidence/signing-key", (EvidenceSigner signer) => TypedResults.Ok(signer.PublicKey)).WithTags("Cases").AllowAnonymous();
        return routes.MapGet("/api/cases/{id:long}/evidence-package", GetAsync).WithTags("Cases").RequireAuthorization(Policies.ReadCases)
            .Produces(StatusCodes.Status200OK, contentType: "application/zip");
    }

    private static async Task<Results<FileStreamHttpResult, ProblemHttpResult>> GetAsync(long id, HttpContext context, CaseStore store, Facts.FactsStore facts,
        EvidenceFileStore evidenceFiles, EvidenceSigner signer, TimeProvider time, CancellationToken cancellationToken)
    {
        var caller = context.User.GetCaller();
        var history = await store.GetHistoryAsync(id, caller, cancellationToken);
        if (history is null)
        {
            return Problems.Problems.NotFound($"Case {id}");
        }

        var stamp = Storage.Iso.Parse(history.Row.UpdatedAt);
        var captured = await evidenceFiles.ListForCaseAsync(id, cancellationToken);
        var buffer = new FileStream(Path.Combine(Path.GetTempPath(), $"brandwatch-package-{Guid.NewGuid():N}.zip"), FileMode.CreateNew, FileAccess.ReadWrite,
            FileShare.None, 64 * 1024, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        // The response disposes the file (and so deletes it); on every other way out it is disposed here.
        var handedOver = false;
        try
        {
            using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
            {
                var files = new List<ManifestFile>();
                async Task AddAsync(string path, byte[] bytes, string role, EvidenceItem? item)
                {
                    var entry = zip.CreateEntry(path, CompressionLevel.Optimal);
                    entry.LastWriteTime = stamp;
                    await using (var stream = await entry.OpenAsync(cancellationToken))
                    {
                        await stream.WriteAsync(bytes, cancellationToken);
                    }

                    files.Add(new ManifestFile(path, role, CaseStore.Sha256(bytes), bytes.LongLength, item?.Id, item?.FiledAt, item?.ObservedAt, item?.FiledBy));
                }

                for (var i = 0; i < history.Evidence.Count; i++)
                {
                    var item = history.Evidence[i];
                    await AddAsync($"evidence/{i + 1:D4}-filing-{item.Id}.json", history.RawBodies[i], "filing", item);
                }

                foreach (var group in captured.GroupBy(f => f.Sha256, StringComparer.Ordinal))
                {
                    var first = group.First();
                    var path = $"captures/{first.Sha256}{Extension(first.Kind)}";
                    var entry = zip.CreateEntry(path, first.Kind is "screenshot" ? CompressionLevel.NoCompression : CompressionLevel.Optimal);
                    entry.LastWriteTime = stamp;
                    long bytes;
                    string sha;
                    await using (var source = evidenceFiles.OpenRead(first.Sha256))
                    {
                        if (source is null)
                        {
                            return Problems.Problems.Create(StatusCodes.Status500InternalServerError, Problems.ProblemTypes.Internal, "An evidence file is missing from the store.",
                                $"Case {id} names {first.Sha256}, which is not in {evidenceFiles.Root}; restore it from backup.");
                        }

                        await using var target = await entry.OpenAsync(cancellationToken);
                        (bytes, sha) = await CopyHashedAsync(source, target, cancellationToken);
                    }

                    if (!string.Equals(sha, first.Sha256, StringComparison.Ordinal))
                    {
                        // The store's copy changed on disk: a package must never present it as the file that was filed.
                        return Problems.Problems.Create(StatusCodes.Status500InternalServerError, Problems.ProblemTypes.Internal, "An evidence file is corrupt in the store.",
                            $"The stored copy of {first.Sha256} now hashes to {sha}; restore it from backup.");
                    }

                    files.Add(new ManifestFile(path, first.Kind, sha, bytes, first.FilingId, null, null, null, first.MediaType, first.PageUrl,
                        Storage.Iso.Parse(first.CapturedAt), first.Tool));
                }

                var factVersions = await facts.ListAsync(id, caller, cancellationToken) ?? [];
                if (factVersions.Count > 0)
                {
                    await AddAsync("facts.json", JsonSerializer.SerializeToUtf8Bytes(factVersions, ApiJson.Indented), "facts", null);
                }

                await AddAsync("verdict.json", JsonSerializer.SerializeToUtf8Bytes(history.Verdict, ApiJson.Indented), "verdict", null);
                await AddAsync("case.json", JsonSerializer.SerializeToUtf8Bytes(history.Row.ToSummary(), ApiJson.Indented), "case", null);
                await AddAsync("audit.json", JsonSerializer.SerializeToUtf8Bytes(history.Audit, ApiJson.Indented), "audit", null);

                var now = time.GetUtcNow();
                var manifest = new EvidenceManifest(history.Row.Id, history.Row.MarkId, history.Row.Owner, history.Row.Subject, history.Row.Kind,
                    history.Row.Status, history.Row.Version, now, caller.KeyId, "SHA-256", files, signer.PublicKey.KeyId);
                var manifestBytes = JsonSerializer.SerializeToUtf8Bytes(manifest, ApiJson.Indented);
                await WriteAsync(PackageSignature.ManifestName, manifestBytes);
                await WriteAsync(PackageSignature.FileName, JsonSerializer.SerializeToUtf8Bytes(signer.Sign(manifestBytes, now), ApiJson.Indented));

                async Task WriteAsync(string path, byte[] bytes)
                {
                    var entry = zip.CreateEntry(path, CompressionLevel.Optimal);
                    entry.LastWriteTime = stamp;
                    await using var stream = await entry.OpenAsync(cancellationToken);
                    await stream.WriteAsync(bytes, cancellationToken);
                }
            }

            context.Response.Headers.ETag = history.Row.ETag;
            buffer.Position = 0;
            handedOver = true;
            return TypedResults.File(buffer, "application/zip", $"case-{id}-evidence.zip");
        }
        finally
        {
            if (!handedOver)
            {
                await buffer.DisposeAsync();
            }
        }
    }

    private static string Extension(string kind) => kind switch
    {
        "warc" => ".warc",
        "certificate-chain" => ".pem",
        "dns-answers" => ".dns.txt",
        "screenshot" => ".png",
        _ => ".bin",
    };

    private static async Task<(long Bytes, string Sha256)> CopyHashedAsync(Stream source, Stream target, CancellationToken cancellationToken)
    {
        using var hash = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        var buffer = new byte[64 * 1024];
        long total = 0;
        int read;
        while ((read = await source.ReadAsync(buffer, cancellationToken)) > 0)
        {
            hash.AppendData(buffer, 0, read);
            await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            total += read;
        }

        return (total, Convert.ToHexStringLower(hash.GetHashAndReset()));
    }
}
