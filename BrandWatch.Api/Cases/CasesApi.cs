using BrandWatch.Api.Auth;
using BrandWatch.Api.Http;
using BrandWatch.Api.Problems;
using BrandWatch.Rules.Cases;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BrandWatch.Api.Cases;

/// <summary>Cases: file (idempotent), list with filters and a cursor, status counts, one case with its full history.</summary>
public static class CasesApi
{
    public const long MaxFilingBytes = 1024 * 1024;
    public const int MaxFilingString = 64 * 1024;
    public const int MaxIdempotencyKeyLength = 200;

    public static RouteGroupBuilder MapCasesApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/cases").WithTags("Cases");
        group.MapPost("/", FileAsync).RequireAuthorization(Policies.FileCases).Accepts<CaseFiling>("application/json")
            .Produces<CaseSummary>(StatusCodes.Status201Created).Produces<CaseSummary>().ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapBatchFiling();
        group.MapGet("/", ListAsync).RequireAuthorization(Policies.ReadCases);
        group.MapGet("/counts", CountAsync).RequireAuthorization(Policies.ReadCases);
        group.MapGet("/{id:long}", GetAsync).RequireAuthorization(Policies.ReadCases);
        group.MapGet("/{id:long}/filings", FilingsAsync).RequireAuthorization(Policies.ReadCases);
        return group;
    }

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

    private static async Task<IResult> FileAsync(HttpContext context, CaseStore store, TimeProvider time, CancellationToken cancellationToken)
    {
        var idempotencyKey = context.Request.Headers["Idempotency-Key"].ToString();
        if (FilingIntake.CheckKey(idempotencyKey, "Idempotency-Key") is { } badKey)
        {
            return badKey;
        }

        var body = await JsonBody.ReadAsync<CaseFiling>(context.Request, MaxFilingBytes, MaxFilingString, cancellationToken);
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

        return TypedResults.Content(outcome.Body, "application/json", statusCode: outcome.Status);
    }

    private static async Task<Results<Ok<CasePage>, ProblemHttpResult>> ListAsync(HttpContext context, CaseQueries store, CancellationToken cancellationToken)
    {
        var (query, errors) = CaseQueryParser.Parse(context.Request.Query);
        if (query is null)
        {
            return Problems.Problems.Validation(errors);
        }

        var rows = await store.ListAsync(query, context.User.GetCaller(), cancellationToken);
        var items = rows.Take(query.Limit).Select(r => r.ToSummary()).ToArray();
        var next = rows.Count > query.Limit ? CaseQueryParser.EncodeCursor(items[^1].Priority, items[^1].Id) : null;
        return TypedResults.Ok(new CasePage(items, next));
    }

    private static async Task<Results<Ok<CaseCounts>, ProblemHttpResult>> CountAsync(HttpContext context, CaseQueries store, CancellationToken cancellationToken)
    {
        var (query, errors) = CaseQueryParser.Parse(context.Request.Query);
        if (query is null)
        {
            return Problems.Problems.Validation(errors);
        }

        return TypedResults.Ok(await store.CountAsync(query with { Statuses = [] }, context.User.GetCaller(), cancellationToken));
    }

    private static async Task<Results<Ok<CaseDetail>, ProblemHttpResult>> GetAsync(long id, HttpContext context, CaseQueries store, CancellationToken cancellationToken)
    {
        var history = await store.GetHistoryAsync(id, context.User.GetCaller(), cancellationToken);
        if (history is null)
        {
            return Problems.Problems.NotFound($"Case {id}");
        }

        context.Response.Headers.ETag = history.Row.ETag;
        var partial = history.FilingCount > history.Evidence.Count;
        return TypedResults.Ok(new CaseDetail(history.Row.ToSummary(), history.Verdict, history.Evidence, history.Audit)
        {
            EvidenceTotal = partial ? history.FilingCount : null,
            EvidenceHistory = partial ? $"/api/cases/{id}/filings" : null,
        });
    }

    /// <summary>Pages through every filing of a case, oldest first: <c>?after=&lt;filing id&gt;&amp;limit=1..200</c> (default 50).</summary>
    private static async Task<Results<Ok<FilingPage>, ProblemHttpResult>> FilingsAsync(long id, HttpContext context, CaseQueries store, CancellationToken cancellationToken)
    {
        var query = context.Request.Query;
        var after = 0L;
        var limit = CaseQueries.DetailFilings;
        if (query.TryGetValue("after", out var afterText) && (!long.TryParse(afterText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out after)))
        {
            return Problems.Problems.Validation("after", "must be a filing id (a whole number)");
        }

        if (query.TryGetValue("limit", out var limitText) && (!int.TryParse(limitText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out limit) || limit is < 1 or > 200))
        {
            return Problems.Problems.Validation("limit", "must be a whole number from 1 to 200");
        }

        var items = await store.ListFilingsAsync(id, after, limit + 1, context.User.GetCaller(), cancellationToken);
        if (items is null)
        {
            return Problems.Problems.NotFound($"Case {id}");
        }

        var page = items.Take(limit).ToArray();
        return TypedResults.Ok(new FilingPage(page, items.Count > limit ? page[^1].Id : null));
    }
}
