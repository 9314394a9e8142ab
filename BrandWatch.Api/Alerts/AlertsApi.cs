using BrandWatch.Api.Auth;
using BrandWatch.Api.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using ProblemFactory = BrandWatch.Api.Problems.Problems;
using ProblemTypes = BrandWatch.Api.Problems.ProblemTypes;

namespace BrandWatch.Api.Alerts;

/// <summary>
/// Subscriptions CRUD (<c>/api/subscriptions</c>, brand managers for their own owner and admins), their delivery log,
/// and the dead letters (<c>/api/alerts/dead-letters</c>, redrive by admins only).
/// </summary>
public static class AlertsApi
{
    private const long MaxBodyBytes = 64 * 1024;
    private const int MaxStringLength = 2048;

    public static IEndpointRouteBuilder MapAlerts(this IEndpointRouteBuilder routes)
    {
        var subscriptions = routes.MapGroup("/api/subscriptions").WithTags("Alerts").RequireAuthorization(Policies.ManageSubscriptions);
        subscriptions.MapGet("/", ListAsync);
        subscriptions.MapPost("/", CreateAsync).Accepts<SubscriptionRequest>("application/json");
        subscriptions.MapGet("/{id:long}", GetAsync);
        subscriptions.MapPut("/{id:long}", UpdateAsync).Accepts<SubscriptionRequest>("application/json");
        subscriptions.MapDelete("/{id:long}", DeleteAsync);
        subscriptions.MapGet("/{id:long}/deliveries", DeliveriesAsync);
        subscriptions.MapPost("/preview", PreviewDraftAsync).Accepts<SubscriptionRequest>("application/json");
        subscriptions.MapGet("/{id:long}/preview", PreviewAsync);

        var deadLetters = routes.MapGroup("/api/alerts/dead-letters").WithTags("Alerts");
        deadLetters.MapGet("/", DeadLettersAsync).RequireAuthorization(Policies.ManageSubscriptions);
        deadLetters.MapPost("/{id}/redrive", RedriveAsync).RequireAuthorization(Policies.Admin);
        return routes;
    }

    private static async Task<Results<Ok<IReadOnlyList<SubscriptionResponse>>, ProblemHttpResult>> ListAsync(
        HttpContext context, SubscriptionStore store, string? owner, CancellationToken cancellationToken)
    {
        var scope = Scope(context.User.GetCaller(), owner);
        if (scope.Problem is not null)
        {
            return scope.Problem;
        }

        var rows = await store.ListSubscriptionsAsync(scope.Owner, cancellationToken);
        return TypedResults.Ok<IReadOnlyList<SubscriptionResponse>>(rows.Select(s => SubscriptionResponse.From(s)).ToArray());
    }

    private static async Task<Results<Ok<SubscriptionResponse>, ProblemHttpResult>> GetAsync(
        long id, HttpContext context, SubscriptionStore store, CancellationToken cancellationToken)
    {
        var subscription = await VisibleAsync(id, context, store, cancellationToken);
        return subscription is null ? NotFound(id) : TypedResults.Ok(SubscriptionResponse.From(subscription));
    }

    private static async Task<Results<Created<SubscriptionResponse>, ProblemHttpResult>> CreateAsync(
        HttpContext context, SubscriptionStore store, IOptions<AlertOptions> options, IOptions<SmtpOptions> smtp, TimeProvider time, CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadAsync<SubscriptionRequest>(context.Request, MaxBodyBytes, MaxStringLength, cancellationToken);
        if (body.Problem is not null)
        {
            return body.Problem;
        }

        var caller = context.User.GetCaller();
        var owner = OwnerFor(caller, body.Value!.Owner);
        if (owner.Problem is not null)
        {
            return owner.Problem;
        }

        var markOwners = await store.MarkOwnersAsync(body.Value.Marks ?? [], cancellationToken);
        var (draft, generated, errors) = SubscriptionValidator.Validate(body.Value, owner.Owner!, markOwners, options.Value, smtp.Value.IsConfigured, existingSecret: null, time.GetUtcNow());
        if (draft is null)
        {
            return ErrorsProblem(errors);
        }

        var created = await store.CreateSubscriptionAsync(draft, caller.KeyId, time.GetUtcNow(), cancellationToken);
        return TypedResults.Created($"/api/subscriptions/{created.Id}", SubscriptionResponse.From(created, generated));
    }

    private static async Task<Results<Ok<SubscriptionResponse>, ProblemHttpResult>> UpdateAsync(
        long id, HttpContext context, SubscriptionStore store, IOptions<AlertOptions> options, IOptions<SmtpOptions> smtp, TimeProvider time, CancellationToken cancellationToken)
    {
        var existing = await VisibleAsync(id, context, store, cancellationToken);
        if (existing is null)
        {
            return NotFound(id);
        }

        var body = await JsonBody.ReadAsync<SubscriptionRequest>(context.Request, MaxBodyBytes, MaxStringLength, cancellationToken);
        if (body.Problem is not null)
        {
            return body.Problem;
        }

        if (body.Value!.Owner is { } requestedOwner && !string.Equals(requestedOwner, existing.Owner, StringComparison.Ordinal))
        {
            return ProblemFactory.Validation("owner", "a subscription cannot move to another owner; delete it and create a new one");
        }

        // The secret is kept when the URL stays and no new secret is given.
        var keepSecret = existing.Channel == AlertVocabulary.Webhook ? existing.WebhookSecret : null;
        var markOwners = await store.MarkOwnersAsync(body.Value.Marks ?? [], cancellationToken);
        var (draft, generated, errors) = SubscriptionValidator.Validate(body.Value, existing.Owner, markOwners, options.Value, smtp.Value.IsConfigured, keepSecret, time.GetUtcNow(), existing.NewSince);
        if (draft is null)
        {
            return ErrorsProblem(errors);
        }

        var updated = await store.UpdateSubscriptionAsync(id, draft, time.GetUtcNow(), cancellationToken);
        return updated is null ? NotFound(id) : TypedResults.Ok(SubscriptionResponse.From(updated, generated ?? body.Value.Secret));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(
        long id, HttpContext context, SubscriptionStore store, TimeProvider time, CancellationToken cancellationToken)
    {
        var existing = await VisibleAsync(id, context, store, cancellationToken);
        if (existing is null || !await store.DeleteSubscriptionAsync(id, time.GetUtcNow(), cancellationToken))
        {
            return NotFound(id);
        }

        return TypedResults.NoContent();
    }

    private static async Task<Results<Ok<IReadOnlyList<DeliveryResponse>>, ProblemHttpResult>> DeliveriesAsync(
        long id, HttpContext context, SubscriptionStore store, DeliveryStore deliveries, int? limit, CancellationToken cancellationToken)
    {
        var existing = await VisibleAsync(id, context, store, cancellationToken);
        if (existing is null)
        {
            return NotFound(id);
        }

        var rows = await deliveries.ListDeliveriesAsync(id, Math.Clamp(limit ?? 100, 1, 1000), cancellationToken);
        var detailed = context.User.GetCaller().Role == Roles.Admin;
        return TypedResults.Ok<IReadOnlyList<DeliveryResponse>>(rows.Select(d => DeliveryResponse.From(d, detailed)).ToArray());
    }

    /// <summary>Which of the owner's cases of the last 30 days the filters of a subscription body would have sent (nothing is saved).</summary>
    private static async Task<Results<Ok<SubscriptionPreview>, ProblemHttpResult>> PreviewDraftAsync(
        HttpContext context, SubscriptionStore store, SubscriptionPreviewStore previews, TimeProvider time, int? limit, CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadAsync<SubscriptionRequest>(context.Request, MaxBodyBytes, MaxStringLength, cancellationToken);
        if (body.Problem is not null)
        {
            return body.Problem;
        }

        var owner = OwnerFor(context.User.GetCaller(), body.Value!.Owner);
        if (owner.Problem is not null)
        {
            return owner.Problem;
        }

        var markOwners = await store.MarkOwnersAsync(body.Value.Marks ?? [], cancellationToken);
        var now = time.GetUtcNow();
        var (filter, errors) = SubscriptionValidator.ValidateFilter(body.Value, owner.Owner!, markOwners, now);
        if (filter is null)
        {
            return ErrorsProblem(errors);
        }

        return TypedResults.Ok(await previews.PreviewAsync(filter, now, PreviewLimit(limit), cancellationToken));
    }

    /// <summary>Which of the owner's cases of the last 30 days a stored subscription would have sent.</summary>
    private static async Task<Results<Ok<SubscriptionPreview>, ProblemHttpResult>> PreviewAsync(
        long id, HttpContext context, SubscriptionStore store, SubscriptionPreviewStore previews, TimeProvider time, int? limit, CancellationToken cancellationToken)
    {
        var existing = await VisibleAsync(id, context, store, cancellationToken);
        if (existing is null)
        {
            return NotFound(id);
        }

        return TypedResults.Ok(await previews.PreviewAsync(existing.Filter, time.GetUtcNow(), PreviewLimit(limit), cancellationToken));
    }

    private static int PreviewLimit(int? limit) => Math.Clamp(limit ?? 50, 1, 200);

    private static async Task<Results<Ok<IReadOnlyList<DeliveryResponse>>, ProblemHttpResult>> DeadLettersAsync(
        HttpContext context, DeliveryStore deliveries, string? owner, int? limit, CancellationToken cancellationToken)
    {
        var scope = Scope(context.User.GetCaller(), owner);
        if (scope.Problem is not null)
        {
            return scope.Problem;
        }

        var rows = await deliveries.ListDeadLettersAsync(scope.Owner, Math.Clamp(limit ?? 100, 1, 1000), cancellationToken);
        var detailed = context.User.GetCaller().Role == Roles.Admin;
        return TypedResults.Ok<IReadOnlyList<DeliveryResponse>>(rows.Select(d => DeliveryResponse.From(d, detailed)).ToArray());
    }

    private static async Task<Results<Ok<DeliveryResponse>, ProblemHttpResult>> RedriveAsync(
        string id, HttpContext context, DeliveryStore deliveries, AlertSignal signal, TimeProvider time, CancellationToken cancellationToken)
    {
        var delivery = await deliveries.GetDeliveryAsync(id, cancellationToken);
        if (delivery is null)
        {
            return ProblemFactory.NotFound($"Delivery '{id}'");
        }

        var redriven = await deliveries.RedriveAsync(id, context.User.GetKeyId() ?? "admin", time.GetUtcNow(), cancellationToken);
        if (redriven is null)
        {
            return ProblemFactory.Conflict(ProblemTypes.IllegalTransition, "Only a dead letter can be redriven.",
                $"Delivery '{id}' is {delivery.Status}.", new Dictionary<string, object?> { ["deliveryStatus"] = delivery.Status });
        }

        signal.Notify();
        return TypedResults.Ok(DeliveryResponse.From(redriven));
    }

    /// <summary>Which owner's rows a list shows: a brand manager's own; an admin's choice (all when absent).</summary>
    private static (string? Owner, ProblemHttpResult? Problem) Scope(Caller caller, string? requested)
    {
        if (caller.Role == Roles.Admin)
        {
            return (string.IsNullOrEmpty(requested) ? null : requested, null);
        }

        var own = caller.Owners.Count == 1 ? caller.Owners[0] : null;
        if (own is null)
        {
            return (null, ProblemFactory.Create(StatusCodes.Status403Forbidden, ProblemTypes.Forbidden, "No owner.", "This key is not scoped to exactly one owner."));
        }

        return requested is null || string.Equals(requested, own, StringComparison.Ordinal)
            ? (own, null)
            : (null, ProblemFactory.Create(StatusCodes.Status403Forbidden, ProblemTypes.Forbidden, "Another owner.", $"This key manages the subscriptions of {own} only."));
    }

    /// <summary>The owner a new subscription belongs to: the brand manager's own, or the one an admin names.</summary>
    private static (string? Owner, ProblemHttpResult? Problem) OwnerFor(Caller caller, string? requested)
    {
        if (caller.Role == Roles.Admin)
        {
            return string.IsNullOrWhiteSpace(requested)
                ? (null, ProblemFactory.Validation("owner", "an admin must name the owner the subscription is for"))
                : (requested.Trim(), null);
        }

        return Scope(caller, requested);
    }

    private static async Task<Subscription?> VisibleAsync(long id, HttpContext context, SubscriptionStore store, CancellationToken cancellationToken)
    {
        var subscription = await store.GetSubscriptionAsync(id, cancellationToken);
        var caller = context.User.GetCaller();
        return subscription is not null && (caller.Role == Roles.Admin || caller.Owners.Contains(subscription.Owner, StringComparer.Ordinal))
            ? subscription
            : null;
    }

    private static ProblemHttpResult NotFound(long id) => ProblemFactory.NotFound($"Subscription {id}");

    private static ProblemHttpResult ErrorsProblem(Dictionary<string, string[]> errors) =>
        errors.Keys.Any(k => k.StartsWith("marks[", StringComparison.Ordinal)) && errors.Count == errors.Keys.Count(k => k.StartsWith("marks[", StringComparison.Ordinal))
            ? ProblemFactory.Validation(errors, ProblemTypes.UnknownMark)
            : ProblemFactory.Validation(errors);
}
