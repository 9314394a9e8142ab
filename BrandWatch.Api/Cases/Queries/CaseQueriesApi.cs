using BrandWatch.Api.Auth;
using BrandWatch.Api.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BrandWatch.Api.Cases.Queries;

/// <summary>The reads of <c>/api/cases</c>: the list with filters and a cursor, status counts, one case with its history, its filings page by page.</summary>
internal static class CaseQueriesApi
{
    public static void MapCaseQueries(this RouteGroupBuilder cases)
    {
        cases.MapGet("/", ListAsync).RequireAuthorization(Policies.ReadCases);
        cases.MapGet("/counts", CountAsync).RequireAuthorization(Policies.ReadCases);
        cases.MapGet("/{id:long}", GetAsync).RequireAuthorization(Policies.ReadCases);
        cases.MapGet("/{id:long}/filings", FilingsAsync).RequireAuthorization(Policies.ReadCases);
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
