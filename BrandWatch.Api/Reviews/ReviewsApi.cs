using BrandWatch.Api.Auth;
using BrandWatch.Api.Cases;
using BrandWatch.Api.Cases.Queries;
using BrandWatch.Api.Reviews.Transitions;
using BrandWatch.Api.Http;
using BrandWatch.Api.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BrandWatch.Api.Reviews;

/// <summary>
/// Review transitions (<c>POST /api/cases/{id}/transitions</c>, If-Match required) and the audit log
/// (<c>GET /api/cases/{id}/audit</c>).
/// </summary>
public static class ReviewsApi
{
    public static RouteGroupBuilder MapReviewsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/cases/{id:long}").WithTags("Reviews");
        group.MapPost("/transitions", TransitionAsync).RequireAuthorization(Policies.ReviewCases).Accepts<ReviewRequest>("application/json");
        group.MapGet("/audit", AuditAsync).RequireAuthorization(Policies.ReadCases);
        return group;
    }

    private static async Task<Results<Ok<CaseSummary>, ProblemHttpResult>> TransitionAsync(long id, HttpContext context, TransitionStore store, CaseQueries queries, CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadAsync<ReviewRequest>(context.Request, 16 * 1024, ReviewRules.MaxNoteLength, cancellationToken);
        if (body.Problem is not null)
        {
            return body.Problem;
        }

        var errors = ReviewRules.Validate(body.Value!);
        if (errors.Count > 0)
        {
            return Problems.Problems.Validation(errors);
        }

        var caller = context.User.GetCaller();
        if (!ETags.HasIfMatch(context.Request))
        {
            return await queries.GetAsync(id, caller, cancellationToken) is null ? Problems.Problems.NotFound($"Case {id}") : Problems.Problems.PreconditionRequired();
        }

        var expected = ETags.VersionFromIfMatch(context.Request, "c") ?? -1;
        var (result, row) = await store.TransitionAsync(id, body.Value!, expected, caller, cancellationToken);
        switch (result)
        {
            case TransitionResult.NotFound:
                return Problems.Problems.NotFound($"Case {id}");
            case TransitionResult.VersionMismatch:
                context.Response.Headers.ETag = row!.ETag;
                return Problems.Problems.PreconditionFailed(row.ETag);
            case TransitionResult.Illegal:
                var allowed = CaseStatus.AllowedFrom(row!.Status);
                return Problems.Problems.Conflict(ProblemTypes.IllegalTransition, "This transition is not allowed.",
                    $"A case in '{row.Status}' cannot move to '{body.Value!.To}'; allowed: {(allowed.Count == 0 ? "none" : string.Join(", ", allowed))}.",
                    new Dictionary<string, object?> { ["field"] = "to", ["currentStatus"] = row.Status, ["allowed"] = allowed });
            default:
                context.Response.Headers.ETag = row!.ETag;
                return TypedResults.Ok(row.ToSummary());
        }
    }

    private static async Task<Results<Ok<IReadOnlyList<AuditEntry>>, ProblemHttpResult>> AuditAsync(long id, HttpContext context, CaseQueries store, CancellationToken cancellationToken)
    {
        var history = await store.GetHistoryAsync(id, context.User.GetCaller(), cancellationToken);
        return history is null ? Problems.Problems.NotFound($"Case {id}") : TypedResults.Ok(history.Audit);
    }
}
