using BrandWatch.Api.Auth;
using BrandWatch.Api.Http;
using BrandWatch.Api.Problems;
using BrandWatch.Rules.Evidence;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BrandWatch.Api.Facts;

/// <summary>
/// Reviewer facts: <c>PUT /api/cases/{id}/facts</c> states the whole set (a new version; If-Match optional) and
/// answers the re-scoring; <c>GET /api/cases/{id}/facts</c> lists every version, oldest first;
/// <c>GET /api/cases/{id}/facts/questions</c> names the facts still open that would each change whether to file.
/// </summary>
public static class FactsApi
{
    public const long MaxFactsBytes = 16 * 1024;

    public static RouteGroupBuilder MapFactsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/cases/{id:long}/facts").WithTags("Reviews");
        group.MapPut("/", PutAsync).RequireAuthorization(Policies.ReviewCases).Accepts<ReviewerFacts>("application/json")
            .Produces<FactsRecord>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/", ListAsync).RequireAuthorization(Policies.ReadCases);
        group.MapGet("/questions", QuestionsAsync).RequireAuthorization(Policies.ReadCases)
            .Produces<OpenQuestions>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return group;
    }

    private static async Task<Results<Ok<FactsRecord>, ProblemHttpResult>> PutAsync(long id, HttpContext context, FactsStore store, TimeProvider time, CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadAsync<ReviewerFacts>(context.Request, MaxFactsBytes, FactsValidator.MaxNoteLength, cancellationToken);
        if (body.Problem is not null)
        {
            return body.Problem;
        }

        var errors = FactsValidator.Validate(body.Value!, time.GetUtcNow());
        if (errors.Count > 0)
        {
            return Problems.Problems.Validation(errors);
        }

        long? expected = ETags.HasIfMatch(context.Request) ? ETags.VersionFromIfMatch(context.Request, "c") ?? -1 : null;
        var (outcome, record, row, detail) = await store.PutAsync(id, body.Value!, expected, context.User.GetCaller(), cancellationToken);
        switch (outcome)
        {
            case FactsOutcome.NotFound:
                return Problems.Problems.NotFound($"Case {id}");
            case FactsOutcome.VersionMismatch:
                context.Response.Headers.ETag = row!.ETag;
                return Problems.Problems.PreconditionFailed(row.ETag);
            case FactsOutcome.RuleVersionUnavailable:
                return Problems.Problems.Conflict(ProblemTypes.RuleVersionUnavailable, "The case's rule version is not available.", detail!,
                    new Dictionary<string, object?> { ["caseRuleVersion"] = row!.RuleVersion });
            case FactsOutcome.UnreadableFiling:
                return Problems.Problems.Conflict(ProblemTypes.Conflict, "The case's evidence cannot be re-scored.", detail!);
            default:
                context.Response.Headers.ETag = row!.ETag;
                return TypedResults.Ok(record!);
        }
    }

    private static async Task<Results<Ok<IReadOnlyList<FactsRecord>>, ProblemHttpResult>> ListAsync(long id, HttpContext context, FactsStore store, CancellationToken cancellationToken)
    {
        var versions = await store.ListAsync(id, context.User.GetCaller(), cancellationToken);
        return versions is null ? Problems.Problems.NotFound($"Case {id}") : TypedResults.Ok(versions);
    }

    private static async Task<Results<Ok<OpenQuestions>, ProblemHttpResult>> QuestionsAsync(long id, HttpContext context, FactsStore store, CancellationToken cancellationToken)
    {
        var (outcome, questions, detail) = await store.QuestionsAsync(id, context.User.GetCaller(), cancellationToken);
        return outcome switch
        {
            FactsOutcome.Done => TypedResults.Ok(questions!),
            FactsOutcome.NotFound => Problems.Problems.NotFound($"Case {id}"),
            _ => Problems.Problems.Conflict(ProblemTypes.Conflict, "The case's evidence cannot be re-scored.", detail!),
        };
    }
}
