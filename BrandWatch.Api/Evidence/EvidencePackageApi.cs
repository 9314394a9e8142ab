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
/// a manifest giving each file's SHA-256, and the manifest's ECDSA P-256 signature (manifest.sig.json).
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

    private static async Task<IResult> GetAsync(long id, HttpContext context, CaseStore store, Facts.FactsStore facts, EvidenceSigner signer, TimeProvider time, CancellationToken cancellationToken)
    {
        var caller = context.User.GetCaller();
        // Facts are few and small; filings are many and read one page at a time while the zip is written to the
        // client, so a case with years of re-checks costs a few filings of memory, not the whole package.
        var factVersions = await facts.ListAsync(id, caller, cancellationToken) ?? [];
        var found = await store.ReadPackageAsync(id, caller, (history, filings) => WriteAsync(context, history, filings, factVersions, signer, time, cancellationToken), cancellationToken);
        return found ? Results.Empty : Problems.Problems.NotFound($"Case {id}");
    }

    private static async Task WriteAsync(HttpContext context, CaseHistory history, IAsyncEnumerable<(EvidenceItem Item, byte[] Body)> filings,
        IReadOnlyList<Facts.FactsRecord> factVersions, EvidenceSigner signer, TimeProvider time, CancellationToken cancellationToken)
    {
        var caller = context.User.GetCaller();
        var stamp = Storage.Iso.Parse(history.Row.UpdatedAt);
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
            files.Add(new ManifestFile(path, role, CaseStore.Sha256(bytes), bytes.LongLength, item?.Id, item?.FiledAt, item?.ObservedAt, item?.FiledBy));
        }

        var i = 0;
        await foreach (var (item, body) in filings)
        {
            await AddAsync($"evidence/{++i:D4}-filing-{item.Id}.json", body, "filing", item);
        }

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
        await WriteEntryAsync(zip, PackageSignature.ManifestName, manifestBytes, stamp, cancellationToken);
        await WriteEntryAsync(zip, PackageSignature.FileName, JsonSerializer.SerializeToUtf8Bytes(signer.Sign(manifestBytes, now), ApiJson.Indented), stamp, cancellationToken);
        await zip.DisposeAsync(); // writes the central directory now, so it can be drained; the using then does nothing
        await spool.DrainAsync(response.Body, cancellationToken);
    }

    private static async Task WriteEntryAsync(ZipArchive zip, string path, byte[] bytes, DateTimeOffset stamp, CancellationToken cancellationToken)
    {
        var entry = zip.CreateEntry(path, CompressionLevel.Optimal);
        entry.LastWriteTime = stamp;
        await using var stream = await entry.OpenAsync(cancellationToken);
        await stream.WriteAsync(bytes, cancellationToken);
    }
}
