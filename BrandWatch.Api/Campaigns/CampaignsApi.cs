using BrandWatch.Api.Auth;
using BrandWatch.Api.Cases;
using BrandWatch.Api.Http;
using BrandWatch.Api.Reviews;
using Microsoft.AspNetCore.Http.HttpResults;
using BrandWatch.Api.Cases.Queries;
using BrandWatch.Api.Reviews.Transitions;

namespace BrandWatch.Api.Campaigns;

/// <summary>
/// Campaigns: <c>GET /api/campaigns</c> (every campaign the caller may see; <c>?owner=</c> narrows),
/// <c>GET /api/campaigns/{id}</c>, <c>GET /api/cases/{id}/campaign</c> (the campaign a case is in), and
/// <c>POST /api/campaigns/{id}/transitions</c>, one decision for many cases, each moved and audited as one review.
/// </summary>
public static class CampaignsApi
{
    /// <summary>The decisions a campaign action may take: the review states, not actions or resolution, which stay per case.</summary>
    public static IReadOnlyList<string> Decisions { get; } = [CaseStatus.InReview, CaseStatus.Confirmed, CaseStatus.Dismissed, CaseStatus.Monitoring];

    public static RouteGroupBuilder MapCampaignsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/campaigns").WithTags("Campaigns");
        group.MapGet("/", ListAsync).RequireAuthorization(Policies.ReadCases);
        group.MapGet("/{id:long}", GetAsync).RequireAuthorization(Policies.ReadCases);
        group.MapPost("/{id:long}/transitions", ActAsync).RequireAuthorization(Policies.ReviewCases).Accepts<CampaignActionRequest>("application/json");
        routes.MapGet("/api/cases/{id:long}/campaign", CaseCampaignAsync).WithTags("Campaigns").RequireAuthorization(Policies.ReadCases);
        return group;
    }

    private static async Task<Ok<IReadOnlyList<CampaignResponse>>> ListAsync(HttpContext context, CampaignStore store, string? owner, CancellationToken cancellationToken) =>
        TypedResults.Ok(await store.ListAsync(context.User.GetCaller(), string.IsNullOrWhiteSpace(owner) ? null : owner, cancellationToken));

    private static async Task<Results<Ok<CampaignResponse>, ProblemHttpResult>> GetAsync(long id, HttpContext context, CampaignStore store, CancellationToken cancellationToken) =>
        await store.GetAsync(id, byCampaignId: true, context.User.GetCaller(), cancellationToken) is { } campaign
            ? TypedResults.Ok(campaign)
            : Problems.Problems.NotFound($"Campaign {id}");

    private static async Task<Results<Ok<CampaignResponse>, NoContent, ProblemHttpResult>> CaseCampaignAsync(long id, HttpContext context, CampaignStore store, CaseQueries cases,
        CancellationToken cancellationToken)
    {
        var caller = context.User.GetCaller();
        if (await store.GetAsync(id, byCampaignId: false, caller, cancellationToken) is { } campaign)
        {
            return TypedResults.Ok(campaign);
        }

        // A case the caller may read that belongs to no campaign is the usual answer, not an error: 204.
        return await cases.GetAsync(id, caller, cancellationToken) is null
            ? Problems.Problems.NotFound($"Case {id}")
            : TypedResults.NoContent();
    }

    private static async Task<Results<Ok<IReadOnlyList<CampaignActionResult>>, ProblemHttpResult>> ActAsync(long id, HttpContext context, CampaignStore store, TransitionStore cases, CaseQueries queries,
        CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadAsync<CampaignActionRequest>(context.Request, 64 * 1024, ReviewRules.MaxNoteLength, cancellationToken);
        if (body.Problem is not null)
        {
            return body.Problem;
        }

        var request = body.Value!;
        if (!Decisions.Contains(request.To, StringComparer.Ordinal))
        {
            return Problems.Problems.Validation("to", $"must be one of {string.Join(", ", Decisions)}");
        }

        var errors = ReviewRules.Validate(new ReviewRequest { To = request.To, Note = request.Note, Reason = request.Reason });
        if (errors.Count > 0)
        {
            return Problems.Problems.Validation(errors);
        }

        var caller = context.User.GetCaller();
        var campaign = await store.GetAsync(id, byCampaignId: true, caller, cancellationToken);
        if (campaign is null)
        {
            return Problems.Problems.NotFound($"Campaign {id}");
        }

        var members = campaign.Cases.Select(c => c.Id).ToHashSet();
        var targets = request.Cases ?? [.. members];
        if (targets.FirstOrDefault(c => !members.Contains(c)) is var stranger && stranger != 0)
        {
            return Problems.Problems.Validation("cases", $"case {stranger} is not in campaign {id}");
        }

        var results = new List<CampaignActionResult>();
        foreach (var caseId in targets.Distinct())
        {
            results.Add(await MoveAsync(cases, queries, caseId, id, request, caller, cancellationToken));
        }

        return TypedResults.Ok<IReadOnlyList<CampaignActionResult>>(results);
    }

    /// <summary>Moves one case, through in_review when it has not been opened yet; every step is an ordinary audited transition.</summary>
    private static async Task<CampaignActionResult> MoveAsync(TransitionStore cases, CaseQueries queries, long caseId, long campaignId, CampaignActionRequest request, Caller caller,
        CancellationToken cancellationToken)
    {
        var row = await queries.GetAsync(caseId, caller, cancellationToken);
        if (row is null)
        {
            return new CampaignActionResult(caseId, string.Empty, string.Empty, false, "not found", null);
        }

        var from = row.Status;
        if (from == request.To)
        {
            return new CampaignActionResult(caseId, from, from, false, $"already {from}", row.ETag);
        }

        string[] steps = CaseStatus.CanMove(from, request.To) ? [request.To]
            : request.To != CaseStatus.InReview && CaseStatus.CanMove(from, CaseStatus.InReview) && CaseStatus.CanMove(CaseStatus.InReview, request.To) ? [CaseStatus.InReview, request.To]
            : [];
        if (steps.Length == 0)
        {
            return new CampaignActionResult(caseId, from, from, false, $"a case in '{from}' cannot move to '{request.To}'", row.ETag);
        }

        var note = $"campaign {campaignId}: {request.Note}".TrimEnd(' ', ':');
        foreach (var step in steps)
        {
            var last = step == request.To;
            var review = new ReviewRequest { To = step, Note = last ? note : $"campaign {campaignId}: review opened for a campaign decision", Reason = last ? request.Reason : null };
            var (result, moved) = await cases.TransitionAsync(caseId, review, row.Version, caller, cancellationToken);
            if (result != TransitionResult.Done || moved is null)
            {
                return new CampaignActionResult(caseId, from, moved?.Status ?? row.Status, false, $"stopped at '{step}': {result}", moved?.ETag ?? row.ETag);
            }

            row = moved;
        }

        return new CampaignActionResult(caseId, from, row.Status, true, null, row.ETag);
    }
}
