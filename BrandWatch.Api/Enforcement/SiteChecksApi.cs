using System.Globalization;
using BrandWatch.Api.Auth;
using BrandWatch.Api.Http;
using BrandWatch.Rules.Cases;

namespace BrandWatch.Api.Enforcement;

/// <summary>
/// The Worker's side of the takedown follow-up: <c>GET /api/takedowns/watch</c> lists the cases whose site it should
/// look at again, and <c>POST /api/cases/{id}/site-checks</c> records what it saw (gone, live, or nothing to say).
/// The Worker and admins only: a person records a report's progress through <c>/actions</c>.
/// </summary>
public static class SiteChecksApi
{
    public const int MaxLimit = 1000;
    public const int MaxDetail = 1000;

    public static void MapSiteChecksApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/takedowns/watch", DueAsync).WithTags("Enforcement").RequireAuthorization(Policies.FileCases)
            .Produces<TakedownWatchPage>().ProducesProblem(StatusCodes.Status400BadRequest);
        routes.MapPost("/api/cases/{id:long}/site-checks", RecordAsync).WithTags("Enforcement").RequireAuthorization(Policies.FileCases)
            .Accepts<SiteCheck>("application/json").Produces<IReadOnlyList<TakedownAction>>().ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> DueAsync(HttpContext context, SiteCheckStore store, TimeProvider time, CancellationToken cancellationToken)
    {
        var query = context.Request.Query;
        var before = time.GetUtcNow();
        if (query.TryGetValue("checkedBefore", out var text)
            && !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out before))
        {
            return Problems.Problems.Validation("checkedBefore", "must be an ISO 8601 date and time");
        }

        var limit = 100;
        if (query.TryGetValue("limit", out var limitText) && (!int.TryParse(limitText, NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit is < 1 or > MaxLimit))
        {
            return Problems.Problems.Validation("limit", $"must be a whole number from 1 to {MaxLimit}");
        }

        return TypedResults.Ok(new TakedownWatchPage(await store.DueAsync(before, limit, cancellationToken)));
    }

    private static async Task<IResult> RecordAsync(long id, HttpContext context, SiteCheckStore store, TimeProvider time, CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadAsync<SiteCheck>(context.Request, TakedownApi.MaxBodyBytes, MaxDetail, cancellationToken);
        if (body.Problem is not null)
        {
            return body.Problem;
        }

        var check = body.Value!;
        var now = time.GetUtcNow();
        if (check.CheckedAt > now + TakedownApi.FutureTolerance)
        {
            return Problems.Problems.Validation("checkedAt", "must not be in the future");
        }

        var caller = context.User.GetCaller();
        var actions = await store.RecordAsync(id, check with { Detail = string.IsNullOrWhiteSpace(check.Detail) ? null : check.Detail.Trim() }, caller.KeyId, caller.Role, now, cancellationToken);
        return actions is null
            ? Problems.Problems.NotFound($"A takedown report under way for case {id}")
            : TypedResults.Ok(actions);
    }
}
