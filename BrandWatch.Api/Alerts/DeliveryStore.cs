using System.Data.Common;
using System.Text.Json;
using BrandWatch.Api.Storage;
using Dapper;

namespace BrandWatch.Api.Alerts;

/// <summary>
/// The alert deliveries, in the Api's database: queued by the outbox fan-out, claimed and settled by the dispatcher,
/// listed and redriven by the alerts endpoints. Several Api instances may dispatch on one PostgreSQL database: a
/// delivery is sent by the instance that claimed it (a compare-and-set on its due time).
/// </summary>
internal sealed class DeliveryStore(ApiDatabase database)
{
    private const string DeliveryColumns =
        "seq AS Seq, id AS Id, subscription_id AS SubscriptionId, owner AS Owner, lane AS Lane, channel AS Channel, format AS Format, " +
        "target AS Target, digest AS Digest, event_ids AS EventIds, status AS Status, attempts AS Attempts, created_at AS CreatedAt, " +
        "next_attempt_at AS NextAttemptAt, last_attempt_at AS LastAttemptAt, last_error AS LastError, delivered_at AS DeliveredAt, " +
        "dead_at AS DeadAt, redrive_count AS RedriveCount, redriven_at AS RedrivenAt, redriven_by AS RedrivenBy";

    private const string InsertDelivery =
        "INSERT INTO alert_deliveries (id, subscription_id, owner, lane, channel, format, target, digest, event_ids, status, " +
        "created_at, next_attempt_at) VALUES (@Id, @SubscriptionId, @Owner, @Lane, @Channel, @Format, @Target, @Digest, @EventIds, " +
        "'pending', @Now, @Now) ON CONFLICT DO NOTHING";

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

    /// <summary>Queues one delivery of the given events to a subscription, inside the caller's transaction; returns its id.</summary>
    internal static async Task<string> QueueAsync(DbConnection connection, DbTransaction transaction, Subscription subscription, IReadOnlyList<long> eventIds, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var id = "dlv_" + Guid.CreateVersion7().ToString("N");
        await connection.ExecuteAsync(new CommandDefinition(InsertDelivery, new
        {
            Id = id,
            SubscriptionId = subscription.Id,
            subscription.Owner,
            subscription.Lane,
            subscription.Channel,
            subscription.Format,
            subscription.Target,
            Digest = subscription.Delivery,
            EventIds = JsonSerializer.Serialize(eventIds),
            Now = now,
        }, transaction, cancellationToken: cancellationToken));
        return id;
    }

    /// <summary>The oldest pending delivery of each lane, where it is due now.</summary>
    public async Task<IReadOnlyList<Delivery>> DueHeadsAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<DeliveryRow>(new CommandDefinition(SelectDueHeads, new { Now = now, Limit = limit }, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToDelivery()).ToList();
    }

    /// <summary>Takes a due delivery for one attempt until <paramref name="until"/>; false when another dispatcher took it first.</summary>
    public async Task<bool> ClaimAsync(Delivery delivery, DateTimeOffset now, DateTimeOffset until, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(Claim,
            new { delivery.Id, Due = delivery.NextAttemptAt, Now = now, Until = until }, cancellationToken: cancellationToken)) == 1;
    }

    /// <summary>Gives a claimed delivery back, due as before (an attempt stopped by shutdown before it had an answer).</summary>
    public async Task ReleaseClaimAsync(Delivery delivery, DateTimeOffset until, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(ReleaseClaim,
            new { delivery.Id, Due = delivery.NextAttemptAt, Until = until }, cancellationToken: cancellationToken));
    }

    public async Task<Delivery?> GetDeliveryAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<DeliveryRow>(new CommandDefinition(SelectDelivery, new { Id = id }, cancellationToken: cancellationToken));
        return row?.ToDelivery();
    }

    public async Task<IReadOnlyList<Delivery>> ListDeliveriesAsync(long subscriptionId, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<DeliveryRow>(new CommandDefinition(SelectDeliveriesOfSubscription, new { SubscriptionId = subscriptionId, Limit = limit }, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToDelivery()).ToList();
    }

    /// <summary>The dead letters of one owner, or of every owner when <paramref name="owner"/> is null.</summary>
    public async Task<IReadOnlyList<Delivery>> ListDeadLettersAsync(string? owner, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = owner is null
            ? await connection.QueryAsync<DeliveryRow>(new CommandDefinition(SelectDeadAll, new { Limit = limit }, cancellationToken: cancellationToken))
            : await connection.QueryAsync<DeliveryRow>(new CommandDefinition(SelectDeadOfOwner, new { Owner = owner, Limit = limit }, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToDelivery()).ToList();
    }

    public async Task MarkDeliveredAsync(string id, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(MarkDelivered, new { Id = id, Now = now }, cancellationToken: cancellationToken));
    }

    public async Task MarkRetryAsync(string id, DateTimeOffset now, string error, DateTimeOffset next, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(MarkRetry, new { Id = id, Now = now, Error = error, Next = next }, cancellationToken: cancellationToken));
    }

    public async Task MarkDeadAsync(string id, DateTimeOffset now, string error, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(MarkDead, new { Id = id, Now = now, Error = error }, cancellationToken: cancellationToken));
    }

    public async Task MarkCancelledAsync(string id, string error, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(MarkCancelled, new { Id = id, Error = error }, cancellationToken: cancellationToken));
    }

    /// <summary>Puts a dead letter back in its lane, due now, with a fresh retry horizon and backoff.</summary>
    /// <returns>The delivery as the redrive left it, or null when it was not a dead letter.</returns>
    public async Task<Delivery?> RedriveAsync(string id, string by, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<DeliveryRow>(new CommandDefinition(Redrive, new { Id = id, By = by, Now = now }, cancellationToken: cancellationToken));
        return row?.ToDelivery();
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
        public DateTimeOffset CreatedAt { get; set; }
        public DateTimeOffset NextAttemptAt { get; set; }
        public DateTimeOffset? LastAttemptAt { get; set; }
        public string? LastError { get; set; }
        public DateTimeOffset? DeliveredAt { get; set; }
        public DateTimeOffset? DeadAt { get; set; }
        public long RedriveCount { get; set; }
        public DateTimeOffset? RedrivenAt { get; set; }
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
            CreatedAt = CreatedAt,
            NextAttemptAt = NextAttemptAt,
            LastAttemptAt = LastAttemptAt,
            LastError = LastError,
            DeliveredAt = DeliveredAt,
            DeadAt = DeadAt,
            RedriveCount = (int)RedriveCount,
            RedrivenAt = RedrivenAt,
            RedrivenBy = RedrivenBy,
        };
    }
}
