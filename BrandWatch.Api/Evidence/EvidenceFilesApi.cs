using System.Net.Http.Headers;
using BrandWatch.Api.Auth;
using BrandWatch.Api.Problems;
using Microsoft.AspNetCore.Http.Features;

namespace BrandWatch.Api.Evidence;

/// <summary>
/// <c>PUT /api/evidence/files/{sha256}</c> stores a captured file under its SHA-256 (the Worker, before it files the
/// case naming it); <c>HEAD</c> and <c>GET</c> answer whether it is stored and serve it. The Worker and admins may
/// read any file; a reader may read a file a case of an owner it sees names.
/// </summary>
public static class EvidenceFilesApi
{
    public const int MaxMediaTypeLength = 200;

    public static RouteGroupBuilder MapEvidenceFilesApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/evidence/files").WithTags("Evidence");
        group.MapPut("/{sha256}", PutAsync).RequireAuthorization(Policies.FileCases)
            .Produces<EvidenceFileRow>(StatusCodes.Status201Created).Produces<EvidenceFileRow>().ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapMethods("/{sha256}", [HttpMethods.Get, HttpMethods.Head], GetAsync);
        return group;
    }

    private static async Task<IResult> PutAsync(string sha256, HttpContext context, EvidenceFileStore store, CancellationToken cancellationToken)
    {
        if (!EvidenceFileStore.IsSha256(sha256))
        {
            return Problems.Problems.Validation("sha256", "must be the file's SHA-256 as 64 lower-case hex digits");
        }

        var declared = context.Request.ContentLength;
        if (declared > store.MaxFileBytes)
        {
            return Problems.Problems.PayloadTooLarge(store.MaxFileBytes);
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            // The Api's default body limit is for JSON; evidence files have their own (the store counts as it reads).
            limit.MaxRequestBodySize = store.MaxFileBytes + 1;
        }

        var mediaType = "application/octet-stream";
        if (context.Request.ContentType is { Length: > 0 } given)
        {
            if (given.Length > MaxMediaTypeLength || !MediaTypeHeaderValue.TryParse(given, out var parsed))
            {
                return Problems.Problems.Validation("Content-Type", $"must be a media type of at most {MaxMediaTypeLength} characters");
            }

            mediaType = parsed.ToString();
        }

        EvidenceFileUpload upload;
        try
        {
            upload = await store.PutAsync(sha256, mediaType, context.Request.Body, context.User.GetCaller().KeyId, cancellationToken);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return Problems.Problems.PayloadTooLarge(store.MaxFileBytes);
        }

        return upload.Status switch
        {
            EvidenceFileUploadStatus.TooLarge => Problems.Problems.PayloadTooLarge(store.MaxFileBytes),
            EvidenceFileUploadStatus.DigestMismatch => Problems.Problems.Create(StatusCodes.Status422UnprocessableEntity, ProblemTypes.EvidenceFileDigestMismatch,
                "The body is not the file its name says.", $"The body's SHA-256 is {upload.ActualSha256}, not {sha256}; nothing was stored.",
                new Dictionary<string, object?> { ["field"] = "sha256" }),
            EvidenceFileUploadStatus.Created => TypedResults.Created($"/api/evidence/files/{sha256}", upload.File),
            _ => TypedResults.Ok(upload.File),
        };
    }

    private static async Task<IResult> GetAsync(string sha256, HttpContext context, EvidenceFileStore store, CancellationToken cancellationToken)
    {
        var caller = context.User.GetCaller();
        if (!EvidenceFileStore.IsSha256(sha256) || await store.FindAsync(sha256, cancellationToken) is not { } file)
        {
            return Problems.Problems.NotFound($"Evidence file {sha256}");
        }

        var readsAll = caller.Role is Roles.Admin or Roles.Worker;
        var readsCases = caller.Role is Roles.BrandManager or Roles.LegalReviewer or Roles.Ci;
        if (!readsAll && !(readsCases && (await store.OwnersAsync(sha256, cancellationToken)).Any(caller.CanSee)))
        {
            return Problems.Problems.NotFound($"Evidence file {sha256}");
        }

        if (await store.OpenReadAsync(sha256, cancellationToken) is not { } stream)
        {
            return Problems.Problems.Create(StatusCodes.Status500InternalServerError, ProblemTypes.Internal, "The evidence file is missing from the store.",
                $"The row for {sha256} exists but its file does not; restore {store.Describe} from backup.");
        }

        context.Response.Headers.ETag = $"\"{sha256}\"";
        return TypedResults.Stream(stream, file.MediaType, fileDownloadName: null, enableRangeProcessing: true);
    }
}
