using BrandWatch.Api.Auth;
using BrandWatch.Api.Http;
using BrandWatch.Api.Problems;
using BrandWatch.Rules.Cases;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BrandWatch.Api.Cases.Filing;

/// <summary><c>POST /api/cases</c>: one filing (idempotent with an Idempotency-Key), and the problem each refusal answers with.</summary>
internal static class FilingApi
{
    public static void MapFiling(this RouteGroupBuilder cases) =>
        cases.MapPost("/", FileAsync).RequireAuthorization(Policies.FileCases).Accepts<CaseFiling>("application/json")
            .Produces<CaseSummary>(StatusCodes.Status201Created).Produces<CaseSummary>().ProducesProblem(StatusCodes.Status400BadRequest);

    /// <summary>The problem a refused filing answers with.</summary>
    internal static ProblemHttpResult Problem(FilingRefusal refusal) => refusal.Reason switch
    {
        FilingRefusalReason.UnknownMark => Problems.Problems.Create(StatusCodes.Status422UnprocessableEntity, ProblemTypes.UnknownMark, "Unknown mark.",
            $"No mark has the id '{refusal.MarkId}'.", new Dictionary<string, object?> { ["field"] = "mark" }),
        FilingRefusalReason.MarkRetired => Problems.Problems.Conflict(ProblemTypes.MarkRetired, "The mark is retired.",
            $"The mark '{refusal.MarkId}' was retired on {refusal.RetiredAt}; cases are no longer filed against it.", new Dictionary<string, object?> { ["field"] = "mark" }),
        FilingRefusalReason.EvidenceFileMissing => Problems.Problems.Conflict(ProblemTypes.EvidenceFileMissing, "An evidence file the filing names is not stored.",
            $"Upload {string.Join(", ", refusal.MissingFiles ?? [])} to /api/evidence/files/{{sha256}} first, then file again.",
            new Dictionary<string, object?> { ["field"] = "evidence.pages.captures", ["missing"] = refusal.MissingFiles }),
        _ => Problems.Problems.Create(StatusCodes.Status422UnprocessableEntity, ProblemTypes.IdempotencyKeyReused, "The Idempotency-Key was used for another request.",
            "This key already filed a different body; use a new key for a new filing.", new Dictionary<string, object?> { ["field"] = "Idempotency-Key" }),
    };

    /// <summary>The HTTP status of a filing that was taken: 201 for a new case, 200 for one filed onto the open case.</summary>
    internal static int Status(FilingResult result) => result == FilingResult.Created ? StatusCodes.Status201Created : StatusCodes.Status200OK;

    private static async Task<IResult> FileAsync(HttpContext context, FilingWriter store, TimeProvider time, CancellationToken cancellationToken)
    {
        var idempotencyKey = context.Request.Headers["Idempotency-Key"].ToString();
        if (FilingIntake.CheckKey(idempotencyKey, "Idempotency-Key") is { } badKey)
        {
            return badKey;
        }

        var body = await JsonBody.ReadAsync<CaseFiling>(context.Request, CasesApi.MaxFilingBytes, CasesApi.MaxFilingString, cancellationToken);
        var (pending, problem) = FilingIntake.Check(body, context.User.GetCaller(), idempotencyKey.Length == 0 ? null : idempotencyKey, time.GetUtcNow());
        if (problem is not null)
        {
            return problem;
        }

        var outcome = await store.FileAsync(pending!, cancellationToken);
        if (outcome.Refusal is { } refusal)
        {
            return Problem(refusal);
        }

        context.Response.Headers.Location = outcome.Location;
        context.Response.Headers.ETag = outcome.ETag;
        if (outcome.Replayed)
        {
            context.Response.Headers["Idempotent-Replayed"] = "true";
        }

        return TypedResults.Content(outcome.Body, "application/json", statusCode: Status(outcome.Result));
    }
}
