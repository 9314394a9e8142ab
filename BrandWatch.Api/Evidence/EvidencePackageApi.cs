using System.IO.Compression;
using System.Text.Json;
using BrandWatch.Api.Auth;
using BrandWatch.Api.Cases;
using BrandWatch.Api.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using BrandWatch.Api.Cases.Queries;
using BrandWatch.Time;

namespace BrandWatch.Api.Evidence;

/// <summary>
/// <c>GET /api/cases/{id}/evidence-package</c>: a zip a lawyer can attach to a complaint — every filing as received,
/// the reviewer facts (every version, with the re-scoring each made), the latest verdict, the case and its audit log,
/// the captured files of its pages (WARC, TLS chain, DNS answers, screenshot) once each, a manifest giving each file's
/// SHA-256, and the manifest's ECDSA P-256 signature (manifest.sig.json). Every sighting of the case's name is in
/// sightings.json, and the manifest names each certificate that showed it in CT logs (issue 15).
/// </summary>
public static class EvidencePackageApi
{
    public static RouteHandlerBuilder MapEvidencePackageApi(this IEndpointRouteBuilder routes)
    {
        // The public key is public: a verifier needs no API key to fetch it.
        routes.MapGet("/api/evidence/signing-key", (EvidenceSigner signer) => TypedResults.Ok(signer.PublicKey)).WithTags("Cases").AllowAnonymous();
        return routes.MapGet("/api/cases/{id:long}/evidence-package", GetAsync).WithTags("Cases").RequireAuthorization(Policies.ReadCases)
            .Produces(StatusCodes.Status200OK, contentType: "application/zip").ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> GetAsync(long id, HttpContext context, CaseQueries store, Facts.FactsStore facts, EvidenceFileStore evidenceFiles,
        Sightings.SightingStore sightingStore, EvidenceSigner signer, TimeProvider time, CancellationToken cancellationToken)
    {
        var caller = context.User.GetCaller();
        var sightings = await sightingStore.ListAllAsync(id, caller, cancellationToken) ?? [];
        // Facts are few and small; filings are many and read one page at a time while the zip is written to the
        // client, so a case with years of re-checks costs a few filings of memory, not the whole package.
        var factVersions = await facts.ListAsync(id, caller, cancellationToken) ?? [];
        var captured = await evidenceFiles.ListForCaseAsync(id, cancellationToken);
        // Once the zip streams, an error can no longer be answered as a problem: a file missing from the store is
        // found before the response starts, and told only to a caller who may see the case.
        if (await evidenceFiles.FirstMissingAsync(captured.Select(f => f.Sha256), cancellationToken) is { } missing)
        {
            if (await store.GetHistoryAsync(id, caller, cancellationToken, latestFilings: 0) is null)
            {
                return Problems.Problems.NotFound($"Case {id}");
            }

            return Problems.Problems.Create(StatusCodes.Status500InternalServerError, Problems.ProblemTypes.Internal, "An evidence file is missing from the store.",
                $"Case {id} names {missing}, which is not in {evidenceFiles.Describe}; restore it from backup.");
        }

        var found = await store.ReadPackageAsync(id, caller,
            (history, filings) => WriteAsync(context, history, filings, captured, evidenceFiles, factVersions, sightings, signer, time, cancellationToken), cancellationToken);
        return found ? Results.Empty : Problems.Problems.NotFound($"Case {id}");
    }

    private static async Task WriteAsync(HttpContext context, CaseHistory history, IAsyncEnumerable<(EvidenceItem Item, byte[] Body)> filings,
        IReadOnlyList<CaseFileRow> captured, EvidenceFileStore evidenceFiles, IReadOnlyList<Facts.FactsRecord> factVersions,
        IReadOnlyList<Sightings.SightingItem> sightings, EvidenceSigner signer, TimeProvider time, CancellationToken cancellationToken)
    {
        var caller = context.User.GetCaller();
        var stamp = BrandWatch.Time.StoredTime.Parse(history.Row.UpdatedAt);
        var response = context.Response;
        response.ContentType = "application/zip";
        response.Headers.ContentDisposition = $"attachment; filename=case-{history.Row.Id}-evidence.zip";
        response.Headers.ETag = history.Row.ETag;
        await response.StartAsync(cancellationToken);

        var files = new List<ManifestFile>();
        await using var spool = new SpoolStream();
        await using var zip = await ZipArchive.CreateAsync(spool, ZipArchiveMode.Create, leaveOpen: true, entryNameEncoding: null, cancellationToken);
        async Task AddAsync(string path, byte[] bytes, string role, EvidenceItem? item)
        {
            await WriteEntryAsync(zip, path, bytes, stamp, cancellationToken);
            await spool.DrainAsync(response.Body, cancellationToken);
            files.Add(new ManifestFile(path, role, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)), bytes.LongLength, item?.Id, item?.FiledAt, item?.ObservedAt, item?.FiledBy));
        }

        var i = 0;
        await foreach (var (item, body) in filings)
        {
            await AddAsync($"evidence/{++i:D4}-filing-{item.Id}.json", body, "filing", item);
        }

        foreach (var group in captured.GroupBy(f => f.Sha256, StringComparer.Ordinal))
        {
            var first = group.First();
            var path = $"captures/{first.Sha256}{Extension(first.Kind)}";
            var entry = zip.CreateEntry(path, first.Kind is "screenshot" ? CompressionLevel.NoCompression : CompressionLevel.Optimal);
            entry.LastWriteTime = stamp;
            long bytes;
            string sha;
            await using (var source = await evidenceFiles.OpenReadAsync(first.Sha256, cancellationToken)
                ?? throw new InvalidOperationException($"Case {history.Row.Id}: evidence file {first.Sha256} left the store while its package was written."))
            {
                await using var target = await entry.OpenAsync(cancellationToken);
                (bytes, sha) = await CopyHashedAsync(source, target, spool, response.Body, cancellationToken);
            }

            await spool.DrainAsync(response.Body, cancellationToken);
            if (!string.Equals(sha, first.Sha256, StringComparison.Ordinal))
            {
                // The store's copy changed on disk: the package is cut off before its manifest, so it can never verify.
                throw new InvalidOperationException($"Case {history.Row.Id}: the stored copy of {first.Sha256} now hashes to {sha}; restore it from backup.");
            }

            files.Add(new ManifestFile(path, first.Kind, sha, bytes, first.FilingId, null, null, null, first.MediaType, first.PageUrl,
                BrandWatch.Time.StoredTime.Parse(first.CapturedAt), first.Tool));
        }

        if (factVersions.Count > 0)
        {
            await AddAsync("facts.json", JsonSerializer.SerializeToUtf8Bytes(factVersions, ApiJson.Indented), "facts", null);
        }

        if (sightings.Count > 0)
        {
            await AddAsync(SightingsName, JsonSerializer.SerializeToUtf8Bytes(sightings, ApiJson.Indented), "sightings", null);
        }

        await AddAsync("verdict.json", JsonSerializer.SerializeToUtf8Bytes(history.Verdict, ApiJson.Indented), "verdict", null);
        await AddAsync("case.json", JsonSerializer.SerializeToUtf8Bytes(history.Row.ToSummary(), ApiJson.Indented), "case", null);
        await AddAsync("audit.json", JsonSerializer.SerializeToUtf8Bytes(history.Audit, ApiJson.Indented), "audit", null);

        var now = time.GetUtcNow();
        var manifest = new EvidenceManifest(history.Row.Id, history.Row.MarkId, history.Row.Owner, history.Row.Subject, history.Row.Kind,
            history.Row.Status, history.Row.Version, now, caller.KeyId, "SHA-256", files, signer.PublicKey.KeyId,
            sightings.Count > 0 ? ManifestCertificate.Of(sightings) : null);
        var manifestBytes = JsonSerializer.SerializeToUtf8Bytes(manifest, ApiJson.Indented);
        await WriteEntryAsync(zip, PackageSignature.ManifestName, manifestBytes, stamp, cancellationToken);
        await WriteEntryAsync(zip, PackageSignature.FileName, JsonSerializer.SerializeToUtf8Bytes(signer.Sign(manifestBytes, now), ApiJson.Indented), stamp, cancellationToken);
        await zip.DisposeAsync(); // writes the central directory now, so it can be drained; the using then does nothing
        await spool.DrainAsync(response.Body, cancellationToken);
    }

    /// <summary>The file of every sighting of the case's name; the manifest's certificates are made from it.</summary>
    internal const string SightingsName = "sightings.json";

    private static string Extension(string kind) => kind switch
    {
        "warc" => ".warc",
        "certificate-chain" => ".pem",
        "dns-answers" => ".dns.txt",
        "screenshot" => ".png",
        _ => ".bin",
    };

    /// <summary>Copies a stored file into its zip entry, hashing it, and drains the spool as it goes so a large file is never held whole.</summary>
    private static async Task<(long Bytes, string Sha256)> CopyHashedAsync(Stream source, Stream target, SpoolStream spool, Stream response, CancellationToken cancellationToken)
    {
        using var hash = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        var buffer = new byte[64 * 1024];
        long total = 0;
        int read;
        while ((read = await source.ReadAsync(buffer, cancellationToken)) > 0)
        {
            hash.AppendData(buffer, 0, read);
            await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            await spool.DrainAsync(response, cancellationToken);
            total += read;
        }

        return (total, Convert.ToHexStringLower(hash.GetHashAndReset()));
    }

    private static async Task WriteEntryAsync(ZipArchive zip, string path, byte[] bytes, DateTimeOffset stamp, CancellationToken cancellationToken)
    {
        var entry = zip.CreateEntry(path, CompressionLevel.Optimal);
        entry.LastWriteTime = stamp;
        await using var stream = await entry.OpenAsync(cancellationToken);
        await stream.WriteAsync(bytes, cancellationToken);
    }
}
