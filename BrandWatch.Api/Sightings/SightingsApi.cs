using System.Globalization;
using BrandWatch.Api.Auth;
using BrandWatch.Api.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BrandWatch.Api.Sightings;

/// <summary>
/// Sightings: the Worker reports names seen again (<c>POST /api/sightings</c>); readers page through every sighting of a
/// case's name (<c>GET /api/cases/{id}/sightings</c>).
/// </summary>
public static class SightingsApi
{
    public const int MaxBatch = 500;
    public const long MaxBodyBytes = 1024 * 1024;
    public const int DefaultPage = 50;
    public const int MaxPage = 200;

    public static IEndpointRouteBuilder MapSightingsApi(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/api/sightings", RecordAsync).RequireAuthorization(Policies.FileCases).WithTags("Sightings")
            .Accepts<SightingBatch>("application/json").Produces<SightingsRecorded>().ProducesProblem(StatusCodes.Status400BadRequest);
        routes.MapGet("/api/cases/{id:long}/sightings", ListAsync).RequireAuthorization(Policies.ReadCases).WithTags("Sightings");
        return routes;
    }

    private static async Task<Results<Ok<SightingsRecorded>, ProblemHttpResult>> RecordAsync(HttpContext context, SightingStore store, TimeProvider time, CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadAsync<SightingBatch>(context.Request, MaxBodyBytes, SightingValidator.MaxLogLength, cancellationToken);
        if (body.Problem is not null)
        {
            return body.Problem;
        }

        var reports = body.Value!.Sightings;
        if (reports.Count > MaxBatch)
        {
            return Problems.Problems.Validation("sightings", $"lists more than {MaxBatch} sightings; send them in batches");
        }

        var (domains, errors) = SightingValidator.Validate(reports, time.GetUtcNow());
        if (errors.Count > 0)
        {
            return Problems.Problems.Validation(errors);
        }

        // Every name is set once there are no errors.
        return TypedResults.Ok(await store.RecordAsync(reports, domains.Select(d => d!).ToArray(), cancellationToken));
    }

    /// <summary><c>?after=&lt;sighting id&gt;&amp;limit=1..200</c> (default 50), oldest first.</summary>
    private static async Task<Results<Ok<SightingPage>, ProblemHttpResult>> ListAsync(long id, HttpContext context, SightingStore store, CancellationToken cancellationToken)
    {
        var query = context.Request.Query;
        var after = 0L;
        var limit = DefaultPage;
        if (query.TryGetValue("after", out var afterText) && !long.TryParse(afterText, NumberStyles.None, CultureInfo.InvariantCulture, out after))
        {
            return Problems.Problems.Validation("after", "must be a sighting id (a whole number)");
        }

        if (query.TryGetValue("limit", out var limitText)
            && (!int.TryParse(limitText, NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit is < 1 or > MaxPage))
        {
            return Problems.Problems.Validation("limit", $"must be a whole number from 1 to {MaxPage}");
        }

        var page = await store.ListAsync(id, after, limit, context.User.GetCaller(), cancellationToken);
        return page is null ? Problems.Problems.NotFound($"Case {id}") : TypedResults.Ok(page);
    }
}
