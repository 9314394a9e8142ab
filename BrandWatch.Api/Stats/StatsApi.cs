using BrandWatch.Api.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BrandWatch.Api.Stats;

/// <summary>
/// The brand managers' dashboard numbers: <c>GET /api/stats</c> answers one owner's cases per day or week from the
/// pre-aggregated daily table, and <c>GET /api/stats/owners</c> lists the owners the key may choose from.
/// </summary>
public static class StatsApi
{
    public static RouteGroupBuilder MapStatsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/stats").WithTags("Stats").RequireAuthorization(Policies.ReadCases);
        group.MapGet("/", GetAsync)
            .WithSummary("One owner's (or, for admins, every owner's: owner=*) cases opened, resolved and open per day or week, by kind, source, action, outcome and status; top TLDs, registrars, networks and campaigns; takedown progress")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/owners", OwnersAsync).WithSummary("The owners this key may ask stats for");
        return group;
    }

    private static async Task<Results<Ok<StatsResponse>, ProblemHttpResult>> GetAsync(HttpContext context, StatsStore store, TimeProvider time, CancellationToken cancellationToken)
    {
        var caller = context.User.GetCaller();
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var (query, errors, ownerHidden) = StatsQueryParser.Parse(context.Request.Query, caller, today);
        if (ownerHidden)
        {
            return Problems.Problems.NotFound($"Owner \"{context.Request.Query["owner"]}\"");
        }

        if (query is null)
        {
            return Problems.Problems.Validation(errors);
        }

        return TypedResults.Ok(StatsReport.Build(query, await store.ReadAsync(query, cancellationToken)));
    }

    private static async Task<Ok<StatsOwners>> OwnersAsync(HttpContext context, StatsStore store, CancellationToken cancellationToken) =>
        TypedResults.Ok(new StatsOwners(await store.OwnersAsync(context.User.GetCaller(), cancellationToken)));
}
