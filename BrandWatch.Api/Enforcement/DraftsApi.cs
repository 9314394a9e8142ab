using BrandWatch.Api.Auth;
using BrandWatch.Api.Cases;
using BrandWatch.Api.Marks;

namespace BrandWatch.Api.Enforcement;

/// <summary>
/// Drafts for a case (<c>GET /api/cases/{id}/drafts/{kind}</c>), written from the latest verdict and filing as
/// Markdown for a lawyer to edit. Legal roles only: a draft argues a case, so it is the reviewer's tool.
/// </summary>
public static class DraftsApi
{
    public const string MediaType = "text/markdown";

    public static RouteGroupBuilder MapDraftsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/cases/{id:long}/drafts").WithTags("Enforcement");
        group.MapGet("/", (long id) => TypedResults.Ok(DraftKinds.All.Select(k => new DraftLink(k, $"/api/cases/{id}/drafts/{k}")).ToArray()))
            .RequireAuthorization(Policies.ReviewCases);
        group.MapGet("/{kind}", GetAsync).RequireAuthorization(Policies.ReviewCases)
            .Produces<string>(StatusCodes.Status200OK, MediaType).ProducesProblem(StatusCodes.Status404NotFound);
        routes.MapGet("/api/cases/{id:long}/abuse-routes", RoutesAsync).WithTags("Enforcement").RequireAuthorization(Policies.ReviewCases)
            .Produces<AbuseRouting>().ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    /// <summary>The parties who can act on the case, from the evidence already filed.</summary>
    private static async Task<IResult> RoutesAsync(long id, HttpContext context, CaseStore cases, PartyDirectory directory, CancellationToken cancellationToken)
    {
        var history = await cases.GetHistoryAsync(id, context.User.GetCaller(), cancellationToken);
        return history is null ? Problems.Problems.NotFound($"Case {id}") : TypedResults.Ok(AbuseRouter.Route(history, directory));
    }

    private static async Task<IResult> GetAsync(long id, string kind, HttpContext context, CaseStore cases, MarkStore marks,
        DraftTemplates templates, TimeProvider time, CancellationToken cancellationToken)
    {
        if (!DraftKinds.IsKnown(kind))
        {
            return Problems.Problems.Create(StatusCodes.Status404NotFound, Problems.ProblemTypes.NotFound, "Not found.",
                $"There is no draft '{kind}'; the kinds are {string.Join(", ", DraftKinds.All)}.",
                new Dictionary<string, object?> { ["field"] = "kind", ["kinds"] = DraftKinds.All });
        }

        var history = await cases.GetHistoryAsync(id, context.User.GetCaller(), cancellationToken);
        if (history is null)
        {
            return Problems.Problems.NotFound($"Case {id}");
        }

        var mark = await marks.GetAsync(history.Row.MarkId, cancellationToken);
        var model = DraftModel.Build(history, mark?.Name ?? history.Row.MarkId, time.GetUtcNow());
        var (source, origin) = await templates.FindAsync(kind, history.Row.Owner, cancellationToken);
        var (text, error) = await DraftRenderer.RenderAsync(source, model);
        if (text is null)
        {
            // The owner's template is broken: say which file and why, so that whoever edits it can fix it.
            return Problems.Problems.Create(StatusCodes.Status500InternalServerError, ProblemTypeTemplate, "The draft template cannot be used.",
                $"{origin}: {error}", new Dictionary<string, object?> { ["template"] = origin });
        }

        context.Response.Headers.CacheControl = "no-store";
        return TypedResults.Text(text, MediaType + "; charset=utf-8");
    }

    public const string ProblemTypeTemplate = Problems.ProblemTypes.Base + "draft-template";
}
