using BrandWatch.Api.Auth;
using BrandWatch.Api.Http;
using BrandWatch.Api.Problems;

namespace BrandWatch.Api.Enforcement;

/// <summary>
/// Takedown tracking: the reports sent about a case, one per party, and their progress (sent → acknowledged →
/// resolved) with dates. Readers of cases see them; legal roles record them. Nothing is sent from here: a person sends
/// the draft and records it.
/// </summary>
public static class TakedownApi
{
    public const int MaxBodyBytes = 16 * 1024;
    public const int MaxText = 2000;

    /// <summary>How far ahead of the server's clock a date may be (clock skew), no more.</summary>
    public static readonly TimeSpan FutureTolerance = TimeSpan.FromMinutes(5);

    public static RouteGroupBuilder MapTakedownApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/cases/{id:long}/actions").WithTags("Enforcement");
        group.MapGet("/", ListAsync).RequireAuthorization(Policies.ReadCases).Produces<IReadOnlyList<TakedownAction>>();
        group.MapPost("/", AddAsync).RequireAuthorization(Policies.ReviewCases).Accepts<TakedownRequest>("application/json")
            .Produces<TakedownAction>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapPost("/{actionId:long}/transitions", TransitionAsync).RequireAuthorization(Policies.ReviewCases).Accepts<TakedownTransition>("application/json")
            .Produces<TakedownAction>().ProducesProblem(StatusCodes.Status409Conflict);
        return group;
    }

    private static async Task<bool> VisibleAsync(long id, HttpContext context, TakedownStore store, CancellationToken cancellationToken) =>
        await store.OwnerOfAsync(id, cancellationToken) is { } owner && context.User.GetCaller().CanSee(owner);

    private static async Task<IResult> ListAsync(long id, HttpContext context, TakedownStore store, CancellationToken cancellationToken) =>
        await VisibleAsync(id, context, store, cancellationToken)
            ? TypedResults.Ok(await store.ListAsync(id, cancellationToken))
            : Problems.Problems.NotFound($"Case {id}");

    private static async Task<IResult> AddAsync(long id, HttpContext context, TakedownStore store, TimeProvider time,
        Microsoft.Extensions.Options.IOptions<EnforcementOptions> options, CancellationToken cancellationToken)
    {
        if (!await VisibleAsync(id, context, store, cancellationToken))
        {
            return Problems.Problems.NotFound($"Case {id}");
        }

        var body = await JsonBody.ReadAsync<TakedownRequest>(context.Request, MaxBodyBytes, MaxText, cancellationToken);
        if (body.Problem is not null)
        {
            return body.Problem;
        }

        var request = body.Value!;
        var now = time.GetUtcNow();
        var errors = new Dictionary<string, string[]>();
        if (request.Party is null || !TakedownStates.Parties.Contains(request.Party, StringComparer.Ordinal))
        {
            errors["party"] = [$"must be one of {string.Join(", ", TakedownStates.Parties)}"];
        }

        if (request.SentAt > now + FutureTolerance)
        {
            errors["sentAt"] = ["must not be in the future"];
        }

        var sentAt = request.SentAt ?? now;
        if (request.AnswerDueAt is { } due && due <= sentAt)
        {
            errors["answerDueAt"] = ["must be after the report was sent"];
        }

        if (errors.Count > 0)
        {
            return Problems.Problems.Validation(errors);
        }

        var answerDueAt = request.AnswerDueAt ?? sentAt + options.Value.AnswerWithin;
        var action = await store.AddAsync(id, request.Party!, Blank(request.Target), sentAt, answerDueAt, Blank(request.Note), context.User.GetCaller().KeyId, now, cancellationToken);
        return TypedResults.Created($"/api/cases/{id}/actions/{action.Id}", action);
    }

    private static async Task<IResult> TransitionAsync(long id, long actionId, HttpContext context, TakedownStore store, TimeProvider time, CancellationToken cancellationToken)
    {
        var action = await VisibleAsync(id, context, store, cancellationToken) ? await store.GetAsync(id, actionId, cancellationToken) : null;
        if (action is null)
        {
            return Problems.Problems.NotFound($"Action {actionId} of case {id}");
        }

        var body = await JsonBody.ReadAsync<TakedownTransition>(context.Request, MaxBodyBytes, MaxText, cancellationToken);
        if (body.Problem is not null)
        {
            return body.Problem;
        }

        var request = body.Value!;
        var now = time.GetUtcNow();
        var at = request.At ?? now;
        if (request.To is null || !TakedownStates.All.Contains(request.To, StringComparer.Ordinal))
        {
            return Problems.Problems.Validation("to", $"must be one of {string.Join(", ", TakedownStates.All)}");
        }

        if (at > now + FutureTolerance)
        {
            return Problems.Problems.Validation("at", "must not be in the future");
        }

        if (at < action.SentAt)
        {
            return Problems.Problems.Validation("at", $"must not be before the report was sent ({action.SentAt:yyyy-MM-dd'T'HH:mm:ss'Z'})");
        }

        var allowed = TakedownStates.AllowedFrom(action.State);
        if (!allowed.Contains(request.To, StringComparer.Ordinal)
            || !await store.AdvanceAsync(id, actionId, action.State, request.To, at, Blank(request.Note), context.User.GetCaller().KeyId, now, cancellationToken))
        {
            var current = (await store.GetAsync(id, actionId, cancellationToken))!;
            var allowedNow = TakedownStates.AllowedFrom(current.State);
            return Problems.Problems.Conflict(ProblemTypes.IllegalTransition, "This transition is not allowed.",
                $"An action in '{current.State}' cannot move to '{request.To}'; allowed: {(allowedNow.Count == 0 ? "none" : string.Join(", ", allowedNow))}.",
                new Dictionary<string, object?> { ["field"] = "to", ["currentState"] = current.State, ["allowed"] = allowedNow });
        }

        return TypedResults.Ok(await store.GetAsync(id, actionId, cancellationToken));
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
