using BrandWatch.Api.Storage;
using Dapper;

namespace BrandWatch.Api.Alerts;

/// <summary>
/// The outbox of case events and its cursor, in the Api's database: the dispatcher fans each event out to the
/// deliveries (or digest items) of the matching subscriptions and closes digests whose window has ended. Several Api
/// instances may run it on one PostgreSQL database: one of them fans out at a time (the cursor row, locked with SKIP LOCKED).
/// </summary>
internal sealed class OutboxStore(ApiDatabase database, SubscriptionStore subscriptions)
{
    private const string CursorName = "dispatcher";

    internal const string EventColumns =
        "id AS Id, case_id AS CaseId, owner AS Owner, mark_id AS MarkId, event_type AS EventType, kind AS Kind, subject AS Subject, " +
        "priority AS Priority, outcome AS Outcome, action AS Action, payload AS Payload, created_at AS CreatedAt";

    private const string UpdateCursor = "UPDATE alert_cursor SET last_event_id = @Last WHERE name = @Name AND last_event_id < @Last";

    private const string SelectEvents = "SELECT " + EventColumns + " FROM case_events ";

    private const string SelectEventsByIds =
        "SELECT " + EventColumns + " FROM case_events WHERE id IN @Ids ORDER BY id";

    private const string InsertDigestItem =
        "INSERT INTO alert_digest_items (subscription_id, event_id, queued_at) VALUES (@SubscriptionId, @EventId, @Now) ON CONFLICT DO NOTHING";

    private const string SelectPendingDigestItems =
        "SELECT i.subscription_id AS SubscriptionId, i.event_id AS EventId, i.queued_at AS QueuedAt FROM alert_digest_items i " +
        "JOIN alert_subscriptions s ON s.id = i.subscription_id " +
        "WHERE i.delivery_id IS NULL AND s.deleted_at IS NULL ORDER BY i.subscription_id, i.event_id";

    private const string AssignDigestItem =
        "UPDATE alert_digest_items SET delivery_id = @DeliveryId WHERE subscription_id = @SubscriptionId AND event_id = @EventId";

    /// <summary>
    /// Reads the outbox after the cursor and, in one transaction, creates the deliveries (or digest items) of every matching
    /// subscription of the event's own owner and moves the cursor. A crash rolls all of it back; the next run redoes it.
    /// </summary>
    /// <returns>The number of events read.</returns>
    public async Task<int> FanOutAsync(DateTimeOffset now, int batchSize, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var after = await connection.QuerySingleOrDefaultAsync<long?>(new CommandDefinition(database.Dialect.LockOutbox, new { Name = CursorName }, transaction, cancellationToken: cancellationToken));
        if (after is null)
        {
            return 0; // another instance is fanning out now; its round covers these events
        }

        var events = (await connection.QueryAsync<CaseEvent>(new CommandDefinition(SelectEvents + database.Dialect.SelectEventsToFanOut,
            new { After = after, Limit = batchSize }, transaction, cancellationToken: cancellationToken))).ToList();
        if (events.Count == 0)
        {
            return 0;
        }

        var subscriptionsByOwner = new Dictionary<string, List<Subscription>>(StringComparer.Ordinal);
        foreach (var caseEvent in events)
        {
            if (!subscriptionsByOwner.TryGetValue(caseEvent.Owner, out var ofOwner))
            {
                ofOwner = await subscriptions.OfOwnerAsync(connection, caseEvent.Owner, transaction, cancellationToken);
                subscriptionsByOwner[caseEvent.Owner] = ofOwner;
            }

            foreach (var subscription in ofOwner)
            {
                if (!subscription.Matches(caseEvent))
                {
                    continue;
                }

                if (subscription.Delivery == AlertVocabulary.Immediate)
                {
                    await DeliveryStore.QueueAsync(connection, transaction, subscription, [caseEvent.Id], now, cancellationToken);
                }
                else
                {
                    await connection.ExecuteAsync(new CommandDefinition(InsertDigestItem, new { SubscriptionId = subscription.Id, EventId = caseEvent.Id, Now = now }, transaction, cancellationToken: cancellationToken));
                }
            }
        }

        if (database.Dialect.MarkFannedOut is { } markFannedOut)
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
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        // Digests close under the same lock as the fan-out, so two instances never turn one item into two digests.
        if (await connection.QuerySingleOrDefaultAsync<long?>(new CommandDefinition(database.Dialect.LockOutbox, new { Name = CursorName }, transaction, cancellationToken: cancellationToken)) is null)
        {
            return 0;
        }

        var items = (await connection.QueryAsync<DigestItemRow>(new CommandDefinition(SelectPendingDigestItems, transaction: transaction, cancellationToken: cancellationToken))).ToList();
        if (items.Count == 0)
        {
            return 0;
        }

        var created = 0;
        foreach (var group in items.GroupBy(i => i.SubscriptionId))
        {
            var subscription = await subscriptions.GetSubscriptionAsync(connection, group.Key, cancellationToken, transaction);
            if (subscription is null)
            {
                continue;
            }

            // A subscription switched to immediate after its items were queued sends them at once.
            var due = group.Where(i => subscription.Delivery == AlertVocabulary.Immediate || DigestWindow.End(subscription.Delivery, i.QueuedAt) <= now).ToList();
            if (due.Count == 0)
            {
                continue;
            }

            var deliveryId = await DeliveryStore.QueueAsync(connection, transaction, subscription, due.Select(i => i.EventId).ToList(), now, cancellationToken);
            foreach (var item in due)
            {
                await connection.ExecuteAsync(new CommandDefinition(AssignDigestItem, new { DeliveryId = deliveryId, item.SubscriptionId, item.EventId }, transaction, cancellationToken: cancellationToken));
            }

            created++;
        }

        await transaction.CommitAsync(cancellationToken);
        return created;
    }

    /// <summary>The case events of the given ids, oldest first: what a delivery carries.</summary>
    public async Task<IReadOnlyList<CaseEvent>> GetEventsAsync(IReadOnlyList<long> ids, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<CaseEvent>(new CommandDefinition(database.Dialect.Lists(SelectEventsByIds), new { Ids = ids.ToArray() }, cancellationToken: cancellationToken));
        return rows.ToList();
    }

    private sealed class DigestItemRow
    {
        public long SubscriptionId { get; set; }
        public long EventId { get; set; }
        public DateTimeOffset QueuedAt { get; set; }
    }
}
