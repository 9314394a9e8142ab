using System.Text.Json;
using BrandWatch.Api.Storage;
using Dapper;
using System.Data.Common;

namespace BrandWatch.Api.Alerts;

/// <summary>
/// Subscriptions, the outbox cursor and the deliveries, in the Api's database. Several Api instances may run the dispatcher
/// on one PostgreSQL database: one of them fans out at a time (the cursor row, locked with SKIP LOCKED), and a delivery
/// is sent by the instance that claimed it (a compare-and-set on its due time).
/// </summary>
internal sealed class AlertStore
{
    private const string CursorName = "dispatcher";

    private const string SubscriptionColumns =
        "id AS Id, owner AS Owner, name AS Name, marks AS Marks, events AS Events, kinds AS Kinds, outcomes AS Outcomes, actions AS Actions, sources AS Sources, new_since AS NewSince, min_priority AS MinPriority, " +
        "min_outcome AS MinOutcome, delivery AS Delivery, channel AS Channel, webhook_url AS WebhookUrl, webhook_secret AS WebhookSecret, " +
        "email AS Email, format AS Format, created_by AS CreatedBy, created_at AS CreatedAt, updated_at AS UpdatedAt";

    private const string DeliveryColumns =
        "seq AS Seq, id AS Id, subscription_id AS SubscriptionId, owner AS Owner, lane AS Lane, channel AS Channel, format AS Format, " +
        "target AS Target, digest AS Digest, event_ids AS EventIds, status AS Status, attempts AS Attempts, created_at AS CreatedAt, " +
        "next_attempt_at AS NextAttemptAt, last_attempt_at AS LastAttemptAt, last_error AS LastError, delivered_at AS DeliveredAt, " +
        "dead_at AS DeadAt, redrive_count AS RedriveCount, redriven_at AS RedrivenAt, redriven_by AS RedrivenBy";

    internal const string EventColumns =
        "id AS Id, case_id AS CaseId, owner AS Owner, mark_id AS MarkId, event_type AS EventType, kind AS Kind, subject AS Subject, " +
        "priority AS Priority, outcome AS Outcome, action AS Action, payload AS Payload, created_at AS CreatedAt";

    private const string InsertSubscription =
        "INSERT INTO alert_subscriptions (owner, name, marks, events, kinds, outcomes, actions, sources, new_since, min_priority, min_outcome, delivery, channel, webhook_url, " +
        "webhook_secret, email, format, created_by, created_at, updated_at) VALUES (@Owner, @Name, @Marks, @Events, @Kinds, @Outcomes, @Actions, @Sources, @NewSince, @MinPriority, " +
        "@MinOutcome, @Delivery, @Channel, @WebhookUrl, @WebhookSecret, @Email, @Format, @CreatedBy, @Now, @Now) RETURNING id";

    private const string UpdateSubscription =
        "UPDATE alert_subscriptions SET name = @Name, marks = @Marks, events = @Events, kinds = @Kinds, outcomes = @Outcomes, actions = @Actions, sources = @Sources, new_since = @NewSince, min_priority = @MinPriority, " +
        "min_outcome = @MinOutcome, delivery = @Delivery, channel = @Channel, webhook_url = @WebhookUrl, webhook_secret = @WebhookSecret, " +
        "email = @Email, format = @Format, updated_at = @Now WHERE id = @Id AND deleted_at IS NULL";

    // Undelivered messages follow the subscription to its new endpoint, so fixing a wrong URL also fixes its backlog.
    private const string RepointUndelivered =
        "UPDATE alert_deliveries SET lane = @Lane, channel = @Channel, format = @Format, target = @Target " +
        "WHERE subscription_id = @Id AND status IN ('pending', 'dead')";

    private const string SelectSubscription =
        "SELECT " + SubscriptionColumns + " FROM alert_subscriptions WHERE id = @Id AND deleted_at IS NULL";

    private const string SelectSubscriptionsOfOwner =
        "SELECT " + SubscriptionColumns + " FROM alert_subscriptions WHERE owner = @Owner AND deleted_at IS NULL ORDER BY id";

    private const string SelectAllSubscriptions =
        "SELECT " + SubscriptionColumns + " FROM alert_subscriptions WHERE deleted_at IS NULL ORDER BY id";

    private const string SoftDeleteSubscription =
        "UPDATE alert_subscriptions SET deleted_at = @Now, updated_at = @Now WHERE id = @Id AND deleted_at IS NULL";

    private const string CancelPendingOfSubscription =
        "UPDATE alert_deliveries SET status = 'cancelled', last_error = 'subscription deleted' WHERE subscription_id = @Id AND status = 'pending'";

    private const string UpdateCursor = "UPDATE alert_cursor SET last_event_id = @Last WHERE name = @Name AND last_event_id < @Last";

    private const string SelectEvents = "SELECT " + EventColumns + " FROM case_events ";

    private const string SelectEventsByIds =
        "SELECT " + EventColumns + " FROM case_events WHERE id IN @Ids ORDER BY id";

    private const string InsertDelivery =
        "INSERT INTO alert_deliveries (id, subscription_id, owner, lane, channel, format, target, digest, event_ids, status, " +
        "created_at, next_attempt_at) VALUES (@Id, @SubscriptionId, @Owner, @Lane, @Channel, @Format, @Target, @Digest, @EventIds, " +
        "'pending', @Now, @Now) ON CONFLICT DO NOTHING";

    private const string InsertDigestItem =
        "INSERT INTO alert_digest_items (subscription_id, event_id, queued_at) VALUES (@SubscriptionId, @EventId, @Now) ON CONFLICT DO NOTHING";

    private const string SelectPendingDigestItems =
        "SELECT i.subscription_id AS SubscriptionId, i.event_id AS EventId, i.queued_at AS QueuedAt FROM alert_digest_items i " +
        "JOIN alert_subscriptions s ON s.id = i.subscription_id " +
        "WHERE i.delivery_id IS NULL AND s.deleted_at IS NULL ORDER BY i.subscription_id, i.event_id";

    private const string AssignDigestItem =
        "UPDATE alert_digest_items SET delivery_id = @DeliveryId WHERE subscription_id = @SubscriptionId AND event_id = @EventId";

    // The head of each lane (its oldest pending delivery) if it is due. Lanes with an older pending delivery wait for it.
    private const string SelectDueHeads =
        "SELECT " + DeliveryColumns + " FROM alert_deliveries d WHERE d.status = 'pending' AND d.next_attempt_at <= @Now " +
        "AND d.seq = (SELECT MIN(p.seq) FROM alert_deliveries p WHERE p.lane = d.lane AND p.status = 'pending') " +
        "ORDER BY d.seq LIMIT @Limit";

    private const string SelectDelivery = "SELECT " + DeliveryColumns + " FROM alert_deliveries WHERE id = @Id";

    // Taking a due delivery for one attempt: its due time moves past the attempt, so no other dispatcher (another Api
    // instance) takes it meanwhile; if this one dies mid-send, the delivery falls due again after the claim and is resent.
    private const string Claim =
        "UPDATE alert_deliveries SET next_attempt_at = @Until WHERE id = @Id AND status = 'pending' AND next_attempt_at = @Due AND next_attempt_at <= @Now";

    private const string ReleaseClaim =
        "UPDATE alert_deliveries SET next_attempt_at = @Due WHERE id = @Id AND status = 'pending' AND next_attempt_at = @Until";

    private const string SelectDeliveriesOfSubscription =
        "SELECT " + DeliveryColumns + " FROM alert_deliveries WHERE subscription_id = @SubscriptionId ORDER BY seq DESC LIMIT @Limit";

    private const string SelectDeadOfOwner =
        "SELECT " + DeliveryColumns + " FROM alert_deliveries WHERE status = 'dead' AND owner = @Owner ORDER BY seq LIMIT @Limit";

    private const string SelectDeadAll =
        "SELECT " + DeliveryColumns + " FROM alert_deliveries WHERE status = 'dead' ORDER BY seq LIMIT @Limit";

    private const string MarkDelivered =
        "UPDATE alert_deliveries SET status = 'delivered', attempts = attempts + 1, last_attempt_at = @Now, " +
        "first_attempt_at = COALESCE(first_attempt_at, @Now), delivered_at = @Now, last_error = NULL WHERE id = @Id AND status = 'pending'";

    private const string MarkRetry =
        "UPDATE alert_deliveries SET attempts = attempts + 1, last_attempt_at = @Now, first_attempt_at = COALESCE(first_attempt_at, @Now), " +
        "last_error = @Error, next_attempt_at = @Next WHERE id = @Id AND status = 'pending'";

    private const string MarkDead =
        "UPDATE alert_deliveries SET status = 'dead', attempts = attempts + 1, last_attempt_at = @Now, " +
        "first_attempt_at = COALESCE(first_attempt_at, @Now), last_error = @Error, dead_at = @Now WHERE id = @Id AND status = 'pending'";

    private const string MarkCancelled =
        "UPDATE alert_deliveries SET status = 'cancelled', last_error = @Error WHERE id = @Id AND status = 'pending'";

    private const string Redrive =
        "UPDATE alert_deliveries SET status = 'pending', attempts = 0, next_attempt_at = @Now, redriven_at = @Now, redriven_by = @By, " +
        "redrive_count = redrive_count + 1, dead_at = NULL WHERE id = @Id AND status = 'dead' RETURNING " + DeliveryColumns;

    // The marks table belongs to the marks feature; ids compare case-insensitively there (COLLATE NOCASE).
    private const string SelectMarkOwners = "SELECT id AS Id, owner AS Owner FROM marks WHERE id IN @Ids";

    private readonly ApiDatabase _database;

    private readonly WebhookSecrets? _secrets;

    /// <param name="database">The Api's database.</param>
    /// <param name="secrets">Protects webhook secrets at rest; without it (tests writing rows as an older version did) they are stored as given.</param>
    public AlertStore(ApiDatabase database, WebhookSecrets? secrets = null)
    {
        _database = database;
        _secrets = secrets;
    }

    public async Task<Subscription> CreateSubscriptionAsync(SubscriptionDraft draft, string createdBy, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        await using var connection = await _database.OpenAsync(cancellationToken);
        var id = await connection.ExecuteScalarAsync<long>(new CommandDefinition(InsertSubscription, DraftParameters(draft, now, createdBy), cancellationToken: cancellationToken));
        return (await GetSubscriptionAsync(connection, id, cancellationToken))!;
    }

    public async Task<Subscription?> GetSubscriptionAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        return await GetSubscriptionAsync(connection, id, cancellationToken);
    }

    /// <summary>The live subscriptions of one owner, or of every owner when <paramref name="owner"/> is null.</summary>
    public async Task<IReadOnlyList<Subscription>> ListSubscriptionsAsync(string? owner, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        var rows = owner is null
            ? await connection.QueryAsync<SubscriptionRow>(new CommandDefinition(SelectAllSubscriptions, cancellationToken: cancellationToken))
            : await connection.QueryAsync<SubscriptionRow>(new CommandDefinition(SelectSubscriptionsOfOwner, new { Owner = owner }, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToSubscription(_secrets)).ToList();
    }

    /// <summary>Replaces a subscription; its pending deliveries and dead letters move to the new endpoint and format.</summary>
    public async Task<Subscription?> UpdateSubscriptionAsync(long id, SubscriptionDraft draft, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var parameters = DraftParameters(draft, now, createdBy: string.Empty);
        parameters.Add("Id", id);
        var changed = await connection.ExecuteAsync(new CommandDefinition(UpdateSubscription, parameters, transaction, cancellationToken: cancellationToken));
        if (changed == 0)
        {
            return null;
        }

        var updated = (await GetSubscriptionAsync(connection, id, cancellationToken, transaction))!;
        await connection.ExecuteAsync(new CommandDefinition(RepointUndelivered,
            new { Id = id, updated.Lane, updated.Channel, updated.Format, updated.Target }, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return updated;
    }

    /// <summary>Deletes a subscription and cancels its pending deliveries; dead letters stay for the record.</summary>
    public async Task<bool> DeleteSubscriptionAsync(long id, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var changed = await connection.ExecuteAsync(new CommandDefinition(SoftDeleteSubscription, new { Id = id, Now = Text(now) }, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(CancelPendingOfSubscription, new { Id = id }, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return changed > 0;
    }

    /// <summary>
    /// Reads the outbox after the cursor and, in one transaction, creates the deliveries (or digest items) of every matching
    /// subscription of the event's own owner and moves the cursor. A crash rolls all of it back; the next run redoes it.
    /// </summary>
    /// <returns>The number of events read.</returns>
    public async Task<int> FanOutAsync(DateTimeOffset now, int batchSize, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var after = await connection.QuerySingleOrDefaultAsync<long?>(new CommandDefinition(_database.Dialect.LockOutbox, new { Name = CursorName }, transaction, cancellationToken: cancellationToken));
        if (after is null)
        {
            return 0; // another instance is fanning out now; its round covers these events
        }

        var events = (await connection.QueryAsync<CaseEvent>(new CommandDefinition(SelectEvents + _database.Dialect.SelectEventsToFanOut,
            new { After = after, Limit = batchSize }, transaction, cancellationToken: cancellationToken))).ToList();
        if (events.Count == 0)
        {
            return 0;
        }

        var nowText = Text(now);
        var subscriptionsByOwner = new Dictionary<string, List<Subscription>>(StringComparer.Ordinal);
        foreach (var caseEvent in events)
        {
            if (!subscriptionsByOwner.TryGetValue(caseEvent.Owner, out var subscriptions))
            {
                var rows = await connection.QueryAsync<SubscriptionRow>(new CommandDefinition(SelectSubscriptionsOfOwner, new { caseEvent.Owner }, transaction, cancellationToken: cancellationToken));
                subscriptions = rows.Select(r => r.ToSubscription(_secrets)).ToList();
                subscriptionsByOwner[caseEvent.Owner] = subscriptions;
            }

            foreach (var subscription in subscriptions)
            {
                if (!subscription.Matches(caseEvent))
                {
                    continue;
                }

                if (subscription.Delivery == AlertVocabulary.Immediate)
                {
                    await connection.ExecuteAsync(new CommandDefinition(InsertDelivery, DeliveryParameters(subscription, [caseEvent.Id], nowText), transaction, cancellationToken: cancellationToken));
                }
                else
                {
                    await connection.ExecuteAsync(new CommandDefinition(InsertDigestItem, new { SubscriptionId = subscription.Id, EventId = caseEvent.Id, Now = nowText }, transaction, cancellationToken: cancellationToken));
                }
            }
        }

        if (_database.Dialect.MarkFannedOut is { } markFannedOut)
        {
            await connection.ExecuteAsync(new CommandDefinition(markFannedOut, new { Ids = events.Select(e => e.Id).ToArray() }, transaction, cancellationToken: cancellationToken));
        }

        await connection.ExecuteAsync(new CommandDefinition(UpdateCursor, new { Name = CursorName, Last = events[^1].Id }, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return events.Count;
    }

    /// <summary>Turns the digest items whose hour or day has ended into one delivery per subscription.</summary>
    /// <returns>The number of digests created.</returns>
    public async Task<int> CloseDigestsAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        // Digests close under the same lock as the fan-out, so two instances never turn one item into two digests.
        if (await connection.QuerySingleOrDefaultAsync<long?>(new CommandDefinition(_database.Dialect.LockOutbox, new { Name = CursorName }, transaction, cancellationToken: cancellationToken)) is null)
        {
            return 0;
        }

        var items = (await connection.QueryAsync<DigestItemRow>(new CommandDefinition(SelectPendingDigestItems, transaction: transaction, cancellationToken: cancellationToken))).ToList();
        if (items.Count == 0)
        {
            return 0;
        }

        var created = 0;
        var nowText = Text(now);
        foreach (var group in items.GroupBy(i => i.SubscriptionId))
        {
            var subscription = await GetSubscriptionAsync(connection, group.Key, cancellationToken, transaction);
            if (subscription is null)
            {
                continue;
            }

            // A subscription switched to immediate after its items were queued sends them at once.
            var due = group.Where(i => subscription.Delivery == AlertVocabulary.Immediate || DigestWindow.End(subscription.Delivery, Parse(i.QueuedAt)) <= now).ToList();
            if (due.Count == 0)
            {
                continue;
            }

            var parameters = DeliveryParameters(subscription, due.Select(i => i.EventId).ToList(), nowText);
            await connection.ExecuteAsync(new CommandDefinition(InsertDelivery, parameters, transaction, cancellationToken: cancellationToken));
            var deliveryId = parameters.Get<string>("Id");
            foreach (var item in due)
            {
                await connection.ExecuteAsync(new CommandDefinition(AssignDigestItem, new { DeliveryId = deliveryId, item.SubscriptionId, item.EventId }, transaction, cancellationToken: cancellationToken));
            }

            created++;
        }

        await transaction.CommitAsync(cancellationToken);
        return created;
    }

    /// <summary>The oldest pending delivery of each lane, where it is due now.</summary>
    public async Task<IReadOnlyList<Delivery>> DueHeadsAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<DeliveryRow>(new CommandDefinition(SelectDueHeads, new { Now = Text(now), Limit = limit }, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToDelivery()).ToList();
    }

    /// <summary>Takes a due delivery for one attempt until <paramref name="until"/>; false when another dispatcher took it first.</summary>
    public async Task<bool> ClaimAsync(Delivery delivery, DateTimeOffset now, DateTimeOffset until, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(Claim,
            new { delivery.Id, Due = Text(delivery.NextAttemptAt), Now = Text(now), Until = Text(until) }, cancellationToken: cancellationToken)) == 1;
    }

    /// <summary>Gives a claimed delivery back, due as before (an attempt stopped by shutdown before it had an answer).</summary>
    public async Task ReleaseClaimAsync(Delivery delivery, DateTimeOffset until, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(ReleaseClaim,
            new { delivery.Id, Due = Text(delivery.NextAttemptAt), Until = Text(until) }, cancellationToken: cancellationToken));
    }

    public async Task<IReadOnlyList<CaseEvent>> GetEventsAsync(IReadOnlyList<long> ids, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<CaseEvent>(new CommandDefinition(_database.Dialect.Lists(SelectEventsByIds), new { Ids = ids.ToArray() }, cancellationToken: cancellationToken));
        return rows.ToList();
    }

    public async Task<Delivery?> GetDeliveryAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<DeliveryRow>(new CommandDefinition(SelectDelivery, new { Id = id }, cancellationToken: cancellationToken));
        return row?.ToDelivery();
    }

    public async Task<IReadOnlyList<Delivery>> ListDeliveriesAsync(long subscriptionId, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<DeliveryRow>(new CommandDefinition(SelectDeliveriesOfSubscription, new { SubscriptionId = subscriptionId, Limit = limit }, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToDelivery()).ToList();
    }

    /// <summary>The owner of each of the given mark ids that exists, keyed by the id as requested.</summary>
    public async Task<IReadOnlyDictionary<string, string>> MarkOwnersAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (ids.Count == 0)
        {
            return result;
        }

        await using var connection = await _database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string Id, string Owner)>(new CommandDefinition(_database.Dialect.Lists(SelectMarkOwners), new { Ids = ids.Distinct().ToArray() }, cancellationToken: cancellationToken));
        foreach (var (id, owner) in rows)
        {
            result[id] = owner;
        }

        return result;
    }

    /// <summary>The dead letters of one owner, or of every owner when <paramref name="owner"/> is null.</summary>
    public async Task<IReadOnlyList<Delivery>> ListDeadLettersAsync(string? owner, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        var rows = owner is null
            ? await connection.QueryAsync<DeliveryRow>(new CommandDefinition(SelectDeadAll, new { Limit = limit }, cancellationToken: cancellationToken))
            : await connection.QueryAsync<DeliveryRow>(new CommandDefinition(SelectDeadOfOwner, new { Owner = owner, Limit = limit }, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToDelivery()).ToList();
    }

    public async Task MarkDeliveredAsync(string id, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(MarkDelivered, new { Id = id, Now = Text(now) }, cancellationToken: cancellationToken));
    }

    public async Task MarkRetryAsync(string id, DateTimeOffset now, string error, DateTimeOffset next, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(MarkRetry, new { Id = id, Now = Text(now), Error = error, Next = Text(next) }, cancellationToken: cancellationToken));
    }

    public async Task MarkDeadAsync(string id, DateTimeOffset now, string error, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(MarkDead, new { Id = id, Now = Text(now), Error = error }, cancellationToken: cancellationToken));
    }

    public async Task MarkCancelledAsync(string id, string error, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(MarkCancelled, new { Id = id, Error = error }, cancellationToken: cancellationToken));
    }

    /// <summary>Puts a dead letter back in its lane, due now, with a fresh retry horizon and backoff.</summary>
    /// <returns>The delivery as the redrive left it, or null when it was not a dead letter.</returns>
    public async Task<Delivery?> RedriveAsync(string id, string by, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<DeliveryRow>(new CommandDefinition(Redrive, new { Id = id, By = by, Now = Text(now) }, cancellationToken: cancellationToken));
        return row?.ToDelivery();
    }

    // The Api's timestamp form: ISO 8601 UTC with a fixed width, so text order is time order.
    internal static string Text(DateTimeOffset value) => Storage.Iso.Format(value);

    internal static DateTimeOffset Parse(string value) => Storage.Iso.Parse(value);

    private async Task<Subscription?> GetSubscriptionAsync(DbConnection connection, long id, CancellationToken cancellationToken, System.Data.Common.DbTransaction? transaction = null)
    {
        var row = await connection.QuerySingleOrDefaultAsync<SubscriptionRow>(new CommandDefinition(SelectSubscription, new { Id = id }, transaction, cancellationToken: cancellationToken));
        return row?.ToSubscription(_secrets);
    }

    private DynamicParameters DraftParameters(SubscriptionDraft draft, DateTimeOffset now, string createdBy)
    {
        var parameters = new DynamicParameters();
        parameters.Add("Owner", draft.Owner);
        parameters.Add("Name", draft.Name);
        var filter = draft.Filter;
        parameters.Add("Marks", JsonSerializer.Serialize(filter.Marks));
        parameters.Add("Events", JsonSerializer.Serialize(filter.Events));
        parameters.Add("Kinds", JsonSerializer.Serialize(filter.Kinds));
        parameters.Add("Outcomes", JsonSerializer.Serialize(filter.Outcomes));
        parameters.Add("Actions", JsonSerializer.Serialize(filter.Actions));
        parameters.Add("Sources", JsonSerializer.Serialize(filter.Sources));
        parameters.Add("NewSince", filter.NewSince is { } since ? Text(since) : null);
        parameters.Add("MinPriority", filter.MinPriority);
        parameters.Add("MinOutcome", filter.MinOutcome);
        parameters.Add("Delivery", draft.Delivery);
        parameters.Add("Channel", draft.Channel);
        parameters.Add("WebhookUrl", draft.WebhookUrl);
        parameters.Add("WebhookSecret", draft.WebhookSecret is { } secret && _secrets is not null ? _secrets.Protect(secret) : draft.WebhookSecret);
        parameters.Add("Email", draft.Email);
        parameters.Add("Format", draft.Format);
        parameters.Add("CreatedBy", createdBy);
        parameters.Add("Now", Text(now));
        return parameters;
    }

    private static DynamicParameters DeliveryParameters(Subscription subscription, IReadOnlyList<long> eventIds, string now)
    {
        var parameters = new DynamicParameters();
        parameters.Add("Id", NewDeliveryId());
        parameters.Add("SubscriptionId", subscription.Id);
        parameters.Add("Owner", subscription.Owner);
        parameters.Add("Lane", subscription.Lane);
        parameters.Add("Channel", subscription.Channel);
        parameters.Add("Format", subscription.Format);
        parameters.Add("Target", subscription.Target);
        parameters.Add("Digest", subscription.Delivery);
        parameters.Add("EventIds", JsonSerializer.Serialize(eventIds));
        parameters.Add("Now", now);
        return parameters;
    }

    private static string NewDeliveryId() => "dlv_" + Guid.CreateVersion7().ToString("N");

    private static DateTimeOffset? ParseOptional(string? value) => value is null ? null : Parse(value);

    private sealed class SubscriptionRow
    {
        public long Id { get; set; }
        public string Owner { get; set; } = "";
        public string Name { get; set; } = "";
        public string Marks { get; set; } = "[]";
        public string Events { get; set; } = "[]";
        public string Kinds { get; set; } = "[]";
        public string Outcomes { get; set; } = "[]";
        public string Actions { get; set; } = "[]";
        public string Sources { get; set; } = "[]";
        public string? NewSince { get; set; }
        public long MinPriority { get; set; }
        public string MinOutcome { get; set; } = "";
        public string Delivery { get; set; } = "";
        public string Channel { get; set; } = "";
        public string? WebhookUrl { get; set; }
        public string? WebhookSecret { get; set; }
        public string? Email { get; set; }
        public string Format { get; set; } = "";
        public string CreatedBy { get; set; } = "";
        public string CreatedAt { get; set; } = "";
        public string UpdatedAt { get; set; } = "";

        public Subscription ToSubscription(WebhookSecrets? secrets) => new()
        {
            Id = Id,
            Filter = new SubscriptionFilter
            {
                Owner = Owner,
                Marks = JsonSerializer.Deserialize<List<string>>(Marks) ?? [],
                Events = JsonSerializer.Deserialize<List<string>>(Events) ?? [],
                Kinds = JsonSerializer.Deserialize<List<string>>(Kinds) ?? [],
                Outcomes = JsonSerializer.Deserialize<List<string>>(Outcomes) ?? [],
                Actions = JsonSerializer.Deserialize<List<string>>(Actions) ?? [],
                Sources = JsonSerializer.Deserialize<List<string>>(Sources) ?? [],
                NewSince = ParseOptional(NewSince),
                MinPriority = (int)MinPriority,
                MinOutcome = MinOutcome,
            },
            Name = Name,
            Delivery = Delivery,
            Channel = Channel,
            WebhookUrl = WebhookUrl,
            WebhookSecret = secrets is null ? WebhookSecret : secrets.Reveal(WebhookSecret),
            Email = Email,
            Format = Format,
            CreatedBy = CreatedBy,
            CreatedAt = Parse(CreatedAt),
            UpdatedAt = Parse(UpdatedAt),
        };
    }

    private sealed class DeliveryRow
    {
        public long Seq { get; set; }
        public string Id { get; set; } = "";
        public long SubscriptionId { get; set; }
        public string Owner { get; set; } = "";
        public string Lane { get; set; } = "";
        public string Channel { get; set; } = "";
        public string Format { get; set; } = "";
        public string Target { get; set; } = "";
        public string Digest { get; set; } = "";
        public string EventIds { get; set; } = "[]";
        public string Status { get; set; } = "";
        public long Attempts { get; set; }
        public string CreatedAt { get; set; } = "";
        public string NextAttemptAt { get; set; } = "";
        public string? LastAttemptAt { get; set; }
        public string? LastError { get; set; }
        public string? DeliveredAt { get; set; }
        public string? DeadAt { get; set; }
        public long RedriveCount { get; set; }
        public string? RedrivenAt { get; set; }
        public string? RedrivenBy { get; set; }

        public Delivery ToDelivery() => new()
        {
            Seq = Seq,
            Id = Id,
            SubscriptionId = SubscriptionId,
            Owner = Owner,
            Lane = Lane,
            Channel = Channel,
            Format = Format,
            Target = Target,
            Digest = Digest,
            EventIds = JsonSerializer.Deserialize<List<long>>(EventIds) ?? [],
            Status = Status,
            Attempts = (int)Attempts,
            CreatedAt = Parse(CreatedAt),
            NextAttemptAt = Parse(NextAttemptAt),
            LastAttemptAt = ParseOptional(LastAttemptAt),
            LastError = LastError,
            DeliveredAt = ParseOptional(DeliveredAt),
            DeadAt = ParseOptional(DeadAt),
            RedriveCount = (int)RedriveCount,
            RedrivenAt = ParseOptional(RedrivenAt),
            RedrivenBy = RedrivenBy,
        };
    }

    private sealed class DigestItemRow
    {
        public long SubscriptionId { get; set; }
        public long EventId { get; set; }
        public string QueuedAt { get; set; } = "";
    }
}
