using System.Globalization;
using System.Security.Claims;
using BrandWatch.Api.Auth;
using BrandWatch.Api.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BrandWatch.Api.Submissions;

/// <summary>
/// Manual submissions: reviewers post a domain or URL, the Worker polls them in id order as its <c>Submissions</c>
/// feed, and each submitter lists their own.
/// </summary>
public static class SubmissionsApi
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 1000;
    private const long MaxBodyBytes = 16 * 1024;

    public static RouteGroupBuilder MapSubmissionsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/submissions").WithTags("Submissions");
        group.MapPost("/", CreateAsync)
            .RequireAuthorization(Policies.SubmitDomains)
            .Accepts<SubmissionRequest>("application/json")
            .WithSummary("Submit a domain or an http(s) URL for the Worker to screen; a pending duplicate answers 200 with the existing one")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        group.MapGet("/", PageAsync)
            .RequireAuthorization(Policies.ReadSubmissions)
            .WithSummary("Submissions with an id above `after`, oldest first, at most `limit` (1-1000, default 100): the Worker's feed")
            .ProducesValidationProblem();
        group.MapGet("/mine", MineAsync)
            .RequireAuthorization(Policies.SubmitDomains)
            .WithSummary("The calling key's own submissions, newest first, at most `limit` (1-1000, default 100), with their status")
            .ProducesValidationProblem();
        return group;
    }

    private static async Task<Results<Created<SubmissionResponse>, Ok<SubmissionResponse>, ProblemHttpResult>> CreateAsync(
        HttpContext context, SubmissionStore store, CancellationToken cancellationToken)
    {
        // The scan limit is above both field limits so that the validator, not the scanner, names the exact limit.
        var body = await JsonBody.ReadAsync<SubmissionRequest>(context.Request, MaxBodyBytes, SubmissionValidator.MaxValueLength, cancellationToken);
        if (body.Problem is not null)
        {
            return body.Problem;
        }

        var (submission, field, error) = SubmissionValidator.Validate(body.Value!);
        if (submission is null)
        {
            return Problems.Problems.Validation(field!, error!); // Validate returns a field and an error whenever it returns no submission
        }

        var caller = context.User.GetCaller();
        var name = context.User.FindFirstValue(ClaimTypes.Name) ?? caller.KeyId;
        var (created, row) = await store.AddAsync(submission, name, caller, cancellationToken);
        var response = row.ToResponse();
        return created
            ? TypedResults.Created("/api/submissions/mine", response)
            : TypedResults.Ok(response);
    }

    private static async Task<Results<Ok<SubmissionPage>, ProblemHttpResult>> PageAsync(
        HttpContext context, SubmissionStore store, string? after, string? limit, CancellationToken cancellationToken)
    {
        var (afterValue, afterError) = Number(after, 0, long.MaxValue, 0);
        if (afterError is not null)
        {
            return Problems.Problems.Validation("after", afterError);
        }

        var (limitValue, limitError) = Number(limit, 1, MaxLimit, DefaultLimit);
        if (limitError is not null)
        {
            return Problems.Problems.Validation("limit", limitError);
        }

        var pickUp = context.User.GetCaller().Role == Roles.Worker;
        var rows = await store.PageAsync(afterValue, (int)limitValue, pickUp, cancellationToken);
        return TypedResults.Ok(new SubmissionPage(rows.Select(r => r.ToResponse()).ToArray()));
    }

    private static async Task<Results<Ok<SubmissionPage>, ProblemHttpResult>> MineAsync(
        HttpContext context, SubmissionStore store, string? limit, CancellationToken cancellationToken)
    {
        var (limitValue, limitError) = Number(limit, 1, MaxLimit, DefaultLimit);
        if (limitError is not null)
        {
            return Problems.Problems.Validation("limit", limitError);
        }

        var rows = await store.MineAsync(context.User.GetCaller().KeyId, (int)limitValue, cancellationToken);
        return TypedResults.Ok(new SubmissionPage(rows.Select(r => r.ToResponse()).ToArray()));
    }

    private static (long Value, string? Error) Number(string? text, long min, long max, long fallback)
    {
        if (text is null)
        {
            return (fallback, null);
        }

        return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? (value, null)
            : (0, max == long.MaxValue ? $"must be a whole number of at least {min}" : $"must be a whole number from {min} to {max}");
    }
}
