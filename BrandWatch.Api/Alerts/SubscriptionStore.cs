using System.Data.Common;
using System.Text.Json;
using BrandWatch.Api.Storage;
using Dapper;

namespace BrandWatch.Api.Alerts;

/// <summary>
/// The alert subscriptions of every owner, in the Api's database: created, read, replaced and deleted by the alerts
/// endpoints and read by the outbox fan-out. Webhook secrets are protected at rest when a <see cref="WebhookSecrets"/> is given.
/// </summary>
internal sealed class SubscriptionStore
{
    private const string SubscriptionColumns =
        "id AS Id, owner AS Owner, name AS Name, marks AS Marks, events AS Events, kinds AS Kinds, outcomes AS Outcomes, actions AS Actions, sources AS Sources, new_since AS NewSince, min_priority AS MinPriority, " +
        "min_outcome AS MinOutcome, delivery AS Delivery, channel AS Channel, webhook_url AS WebhookUrl, webhook_secret AS WebhookSecret, " +
        "email AS Email, format AS Format, created_by AS CreatedBy, created_at AS CreatedAt, updated_at AS UpdatedAt";

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

    // The marks table belongs to the marks feature; ids compare case-insensitively there (COLLATE NOCASE).
    private const string SelectMarkOwners = "SELECT id AS Id, owner AS Owner FROM marks WHERE id IN @Ids";

    private readonly ApiDatabase _database;

    private readonly WebhookSecrets? _secrets;

    /// <param name="database">The Api's database.</param>
    /// <param name="secrets">Protects webhook secrets at rest; without it (tests writing rows as an older version did) they are stored as given.</param>
    public SubscriptionStore(ApiDatabase database, WebhookSecrets? secrets = null)
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
        var changed = await connection.ExecuteAsync(new CommandDefinition(SoftDeleteSubscription, new { Id = id, Now = now }, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(CancelPendingOfSubscription, new { Id = id }, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return changed > 0;
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

    /// <summary>The live subscriptions of one owner, read inside the caller's transaction (the outbox fan-out).</summary>
    internal async Task<List<Subscription>> OfOwnerAsync(DbConnection connection, string owner, DbTransaction transaction, CancellationToken cancellationToken)
    {
        var rows = await connection.QueryAsync<SubscriptionRow>(new CommandDefinition(SelectSubscriptionsOfOwner, new { Owner = owner }, transaction, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToSubscription(_secrets)).ToList();
    }

    /// <summary>One live subscription, read on the caller's connection and transaction.</summary>
    internal async Task<Subscription?> GetSubscriptionAsync(DbConnection connection, long id, CancellationToken cancellationToken, DbTransaction? transaction = null)
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
        parameters.Add("NewSince", filter.NewSince is { } since ? since : null);
        parameters.Add("MinPriority", filter.MinPriority);
        parameters.Add("MinOutcome", filter.MinOutcome);
        parameters.Add("Delivery", draft.Delivery);
        parameters.Add("Channel", draft.Channel);
        parameters.Add("WebhookUrl", draft.WebhookUrl);
        parameters.Add("WebhookSecret", draft.WebhookSecret is { } secret && _secrets is not null ? _secrets.Protect(secret) : draft.WebhookSecret);
        parameters.Add("Email", draft.Email);
        parameters.Add("Format", draft.Format);
        parameters.Add("CreatedBy", createdBy);
        parameters.Add("Now", now);
        return parameters;
    }

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
        public DateTimeOffset? NewSince { get; set; }
        public long MinPriority { get; set; }
        public string MinOutcome { get; set; } = "";
        public string Delivery { get; set; } = "";
        public string Channel { get; set; } = "";
        public string? WebhookUrl { get; set; }
        public string? WebhookSecret { get; set; }
        public string? Email { get; set; }
        public string Format { get; set; } = "";
        public string CreatedBy { get; set; } = "";
        public DateTimeOffset CreatedAt { get; set; }
        public DateTimeOffset UpdatedAt { get; set; }

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
                NewSince = NewSince,
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
            CreatedAt = CreatedAt,
            UpdatedAt = UpdatedAt,
        };
    }
}
