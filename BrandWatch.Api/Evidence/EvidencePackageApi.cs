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
            .Produces(StatusCodes.Status200OK, contentType: "application/zip");
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> GetAsync(long id, HttpContext context, CaseStore store, Facts.FactsStore facts, EvidenceSigner signer, TimeProvider time, CancellationToken cancellationToken)
    {
        var caller = context.User.GetCaller();
        var history = await store.GetHistoryAsync(id, caller, cancellationToken);
        if (history is null)
        {
            return Problems.Problems.NotFound($"Case {id}");
        }

        var stamp = Storage.Iso.Parse(history.Row.UpdatedAt);
        using var buffer = new MemoryStream();
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
        return TypedResults.File(buffer.ToArray(), "application/zip", $"case-{id}-evidence.zip");
    }
}
