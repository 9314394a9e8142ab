using BrandWatch.Rules.Marks;
using System.Security.Cryptography;
using System.Text.Json;
using BrandWatch.Api.Auth;
using BrandWatch.Api.Http;
using BrandWatch.Api.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BrandWatch.Api.Marks;

/// <summary>Marks: create, read, replace, retire (soft), list, bulk import, and the portfolio the Worker loads.</summary>
public static class MarksApi
{
    private const long MaxMarkBytes = 64 * 1024;
    private const long MaxPortfolioBytes = 4 * 1024 * 1024;
    private const int MaxStringLength = 1024;

    public static RouteGroupBuilder MapMarksApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/marks").WithTags("Marks");
        group.MapGet("/", ListAsync).RequireAuthorization(Policies.ReadMarks);
        group.MapGet("/{id}", GetAsync).RequireAuthorization(Policies.ReadMarks);
        group.MapPost("/", CreateAsync).RequireAuthorization(Policies.ManageMarks).Accepts<MarkDocument>("application/json");
        group.MapPut("/{id}", UpdateAsync).RequireAuthorization(Policies.ManageMarks).Accepts<MarkDocument>("application/json");
        group.MapPost("/{id}/retire", RetireAsync).RequireAuthorization(Policies.ManageMarks);
        group.MapPost("/import", ImportAsync).RequireAuthorization(Policies.ManageMarks).Accepts<PortfolioDocument>("application/json");
        routes.MapGet("/api/portfolio", PortfolioAsync).WithTags("Marks").RequireAuthorization(Policies.ReadMarks);
        return group;
    }

    private static async Task<Ok<IReadOnlyList<MarkResponse>>> ListAsync(HttpContext context, MarkStore store, string? owner, bool? includeRetired, CancellationToken cancellationToken)
    {
        var rows = await store.ListAsync(VisibleOwners(context.User.GetCaller(), owner), includeRetired ?? false, cancellationToken);
        return TypedResults.Ok<IReadOnlyList<MarkResponse>>(rows.Select(r => r.ToResponse()).ToArray());
    }

    private static async Task<Results<Ok<MarkResponse>, ProblemHttpResult>> GetAsync(string id, HttpContext context, MarkStore store, CancellationToken cancellationToken)
    {
        var row = await store.GetAsync(id, cancellationToken);
        if (row is null || !context.User.GetCaller().CanSee(row.Owner))
        {
            return Problems.Problems.NotFound($"Mark '{id}'");
        }

        context.Response.Headers.ETag = row.ETag;
        return TypedResults.Ok(row.ToResponse());
    }

    private static async Task<Results<Created<MarkResponse>, ProblemHttpResult>> CreateAsync(HttpContext context, MarkStore store, TimeProvider time, CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadAsync<MarkDocument>(context.Request, MaxMarkBytes, MaxStringLength, cancellationToken);
        if (body.Problem is not null)
        {
            return body.Problem;
        }

        var (mark, problem) = Prepare(body.Value!, context.User.GetCaller(), string.Empty, time);
        if (problem is not null)
        {
            return problem;
        }

        var (outcome, row) = await store.CreateAsync(mark!, cancellationToken);
        if (outcome == WriteOutcome.Conflict)
        {
            // The same answer whoever holds the id: nothing tells one tenant about another's marks.
            return Problems.Problems.Conflict(Problems.ProblemTypes.Conflict, "The mark id is not available.",
                $"The id '{mark!.Id}' cannot be used for a new mark; choose another id.", new Dictionary<string, object?> { ["field"] = "id" });
        }

        context.Response.Headers.ETag = row!.ETag;
        return TypedResults.Created($"/api/marks/{Uri.EscapeDataString(row.Id)}", row.ToResponse());
    }

    private static async Task<Results<Ok<MarkResponse>, ProblemHttpResult>> UpdateAsync(string id, HttpContext context, MarkStore store, TimeProvider time, CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadAsync<MarkDocument>(context.Request, MaxMarkBytes, MaxStringLength, cancellationToken);
        if (body.Problem is not null)
        {
            return body.Problem;
        }

        if (!string.Equals(body.Value!.Id, id, StringComparison.OrdinalIgnoreCase))
        {
            return Problems.Problems.Validation("id", $"must equal the id in the path ('{id}')");
        }

        var caller = context.User.GetCaller();
        var (mark, problem) = Prepare(body.Value, caller, string.Empty, time);
        if (problem is not null)
        {
            return problem;
        }

        var expected = ETags.VersionFromIfMatch(context.Request, "m");
        var (outcome, row) = await store.UpdateAsync(mark!, expected, r => caller.CanSee(r.Owner), cancellationToken);
        return outcome switch
        {
            WriteOutcome.NotFound => Problems.Problems.NotFound($"Mark '{id}'"),
            WriteOutcome.VersionMismatch => Problems.Problems.PreconditionFailed(row!.ETag),
            _ => WithETag(context, row!),
        };
    }

    private static async Task<Results<Ok<MarkResponse>, ProblemHttpResult>> RetireAsync(string id, HttpContext context, MarkStore store, CancellationToken cancellationToken)
    {
        var caller = context.User.GetCaller();
        var expected = ETags.VersionFromIfMatch(context.Request, "m");
        var (outcome, row) = await store.RetireAsync(id, expected, r => caller.CanSee(r.Owner), cancellationToken);
        return outcome switch
        {
            WriteOutcome.NotFound => Problems.Problems.NotFound($"Mark '{id}'"),
            WriteOutcome.VersionMismatch => Problems.Problems.PreconditionFailed(row!.ETag),
            _ => WithETag(context, row!),
        };
    }

    private static async Task<Results<Ok<ImportResult>, ProblemHttpResult>> ImportAsync(HttpContext context, MarkStore store, TimeProvider time, CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadAsync<PortfolioDocument>(context.Request, MaxPortfolioBytes, MaxStringLength, cancellationToken);
        if (body.Problem is not null)
        {
            return body.Problem;
        }

        var caller = context.User.GetCaller();
        var errors = new Dictionary<string, string[]>();
        var marks = new List<MarkDocument>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < body.Value!.Marks.Count; i++)
        {
            var prefix = $"marks[{i}].";
            var (mark, markErrors) = MarkProblems.Validate(body.Value.Marks[i], prefix, time);
            foreach (var (field, messages) in markErrors)
            {
                errors.TryAdd(field, messages);
            }

            if (mark is null)
            {
                continue;
            }

            var (owner, ownerError) = caller.OwnerForWrite(mark.Owner);
            if (ownerError is not null)
            {
                errors.TryAdd(prefix + "owner", [ownerError]);
                continue;
            }

            if (!seen.Add(mark.Id))
            {
                errors.TryAdd(prefix + "id", [$"duplicate id \"{mark.Id}\" in the file"]);
                continue;
            }

            marks.Add(mark with { Owner = owner });
        }

        if (errors.Count > 0)
        {
            return Problems.Problems.Validation(errors);
        }

        var (foreign, created, updated) = await store.ImportAsync(marks, r => caller.CanSee(r.Owner), cancellationToken);
        if (foreign.Count > 0)
        {
            return Problems.Problems.Conflict(Problems.ProblemTypes.Conflict, "Some mark ids are not available.",
                $"{foreign.Count} mark id(s) cannot be used; choose other ids. Nothing was imported.",
                new Dictionary<string, object?> { ["field"] = $"marks[{foreign[0]}].id", ["errors"] = foreign.ToDictionary(i => $"marks[{i}].id", _ => new[] { "is not available; choose another id" }) });
        }

        return TypedResults.Ok(new ImportResult(created, updated, marks.Select(m => m.Id).ToArray()));
    }

    private static async Task<IResult> PortfolioAsync(HttpContext context, MarkStore store, string? owner, CancellationToken cancellationToken)
    {
        var rows = await store.ListAsync(VisibleOwners(context.User.GetCaller(), owner), includeRetired: false, cancellationToken);
        var document = new PortfolioDocument { Marks = rows.Select(r => r.ToInput() with { Owner = r.Owner }).ToArray() };
        var bytes = JsonSerializer.SerializeToUtf8Bytes(document, ApiJson.Output);
        var etag = $"\"p-{Convert.ToHexStringLower(SHA256.HashData(bytes))[..32]}\"";
        context.Response.Headers.ETag = etag;
        if (context.Request.Headers.IfNoneMatch.Any(v => v is not null && v.Split(',').Select(s => s.Trim()).Contains(etag)))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        return TypedResults.Bytes(bytes, "application/json");
    }

    private static Ok<MarkResponse> WithETag(HttpContext context, MarkRow row)
    {
        context.Response.Headers.ETag = row.ETag;
        return TypedResults.Ok(row.ToResponse());
    }

    private static (MarkDocument? Mark, ProblemHttpResult? Problem) Prepare(MarkDocument input, Caller caller, string prefix, TimeProvider time)
    {
        var (mark, errors) = MarkProblems.Validate(input, prefix, time);
        if (mark is null)
        {
            return (null, Problems.Problems.Validation(errors));
        }

        var (owner, ownerError) = caller.OwnerForWrite(mark.Owner);
        return ownerError is not null ? (null, Problems.Problems.Validation(prefix + "owner", ownerError)) : (mark with { Owner = owner }, null);
    }

    /// <summary>The owners a listing covers: all (null) for roles that see every owner, else the caller's, narrowed by a filter.</summary>
    private static IReadOnlyList<string>? VisibleOwners(Caller caller, string? filter)
    {
        if (caller.SeesAllOwners)
        {
            return filter is null ? null : [filter];
        }

        return filter is null ? caller.Owners : caller.Owners.Where(o => o == filter).ToArray();
    }
}
