using System.Text.Json;
using BrandWatch.Api.Alerts;
using BrandWatch.Api.Storage;
using Dapper;

namespace BrandWatch.Api.Tests.Alerts;

/// <summary>A migrated Api database in a fresh temp folder, with helpers to write outbox rows as the cases feature does.</summary>
public sealed class AlertsDatabase : IDisposable
{
    private const string InsertEvent =
        "INSERT INTO case_events (case_id, owner, mark_id, event_type, kind, subject, priority, outcome, action, payload, created_at) " +
        "VALUES (@CaseId, @Owner, @MarkId, @EventType, @Kind, @Subject, @Priority, @Outcome, @Action, @Payload, @CreatedAt) RETURNING id";

    private AlertsDatabase(string folder, ApiDatabase database)
    {
        Folder = folder;
        Database = database;
        Subscriptions = new SubscriptionStore(database);
        Deliveries = new DeliveryStore(database);
        Outbox = new OutboxStore(database, Subscriptions);
    }

    public string Folder { get; }

    public string FilePath => Path.Combine(Folder, "api.db");

    internal ApiDatabase Database { get; }

    internal SubscriptionStore Subscriptions { get; }

    internal DeliveryStore Deliveries { get; }

    internal OutboxStore Outbox { get; }

    public static async Task<AlertsDatabase> CreateAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), "brandwatch-tests", "alerts-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var database = ApiDatabase.Open($"Data Source={Path.Combine(folder, "api.db")}");
        await database.MigrateAsync(typeof(SubscriptionStore).Assembly, TimeProvider.System, TestContext.Current.CancellationToken);
        return new AlertsDatabase(folder, database);
    }

    /// <summary>Writes one case event; the payload carries element scores the way a case summary does.</summary>
    public async Task<long> AddEventAsync(string owner, string markId, string subject, string eventType = AlertEvents.CaseFiled,
        string kind = "domain", int priority = 80, string outcome = "likely", string action = "udrp-transfer", long caseId = 0)
    {
        await using var connection = await Database.OpenAsync(TestContext.Current.CancellationToken);
        var payload = JsonSerializer.Serialize(new
        {
            id = caseId,
            mark = markId,
            subject,
            priority,
            outcome,
            recommendedAction = action,
            scores = new { act = 0.9, damage = 0.6, causation = 0.7, fault = 0.8 },
            link = $"/cases/{caseId}",
        });
        return await connection.ExecuteScalarAsync<long>(InsertEvent, new
        {
            CaseId = caseId == 0 ? Math.Abs(subject.GetHashCode(StringComparison.Ordinal)) % 100_000 : caseId,
            Owner = owner,
            MarkId = markId,
            EventType = eventType,
            Kind = kind,
            Subject = subject,
            Priority = priority,
            Outcome = outcome,
            Action = action,
            Payload = payload,
            CreatedAt = DateTimeOffset.UtcNow.ToString("O"),
        });
    }

    public async Task<IReadOnlyList<(string Id, long SubscriptionId, string Status, string EventIds, long Attempts)>> DeliveriesAsync()
    {
        await using var connection = await Database.OpenAsync(TestContext.Current.CancellationToken);
        var rows = await connection.QueryAsync<(string, long, string, string, long)>(
            "SELECT id, subscription_id, status, event_ids, attempts FROM alert_deliveries ORDER BY seq");
        return rows.ToList();
    }

    public async Task<long> CursorAsync()
    {
        await using var connection = await Database.OpenAsync(TestContext.Current.CancellationToken);
        return await connection.ExecuteScalarAsync<long>("SELECT last_event_id FROM alert_cursor WHERE name = 'dispatcher'");
    }

    public async Task<long> CountAsync(string sql)
    {
        await using var connection = await Database.OpenAsync(TestContext.Current.CancellationToken);
        return await connection.ExecuteScalarAsync<long>(sql);
    }

    internal Task<Subscription> SubscribeWebhookAsync(string owner, Uri url, string secret, IReadOnlyList<string>? marks = null,
        IReadOnlyList<string>? kinds = null, string delivery = AlertVocabulary.Immediate, string format = "json", int minPriority = 0) =>
        Subscriptions.CreateSubscriptionAsync(new SubscriptionDraft
        {
            Filter = new SubscriptionFilter { Owner = owner, Marks = marks ?? [], Events = [], Kinds = kinds ?? [], MinPriority = minPriority, MinOutcome = "unlikely" },
            Name = $"hook {url.AbsolutePath}",
            Delivery = delivery,
            Channel = AlertVocabulary.Webhook,
            WebhookUrl = url.ToString(),
            WebhookSecret = secret,
            Format = format,
        }, "test", DateTimeOffset.UtcNow, TestContext.Current.CancellationToken);

    internal Task<Subscription> SubscribeEmailAsync(string owner, string email, string delivery, TimeProvider time) =>
        Subscriptions.CreateSubscriptionAsync(new SubscriptionDraft
        {
            Filter = new SubscriptionFilter { Owner = owner, Marks = [], Events = [], Kinds = [], MinPriority = 0, MinOutcome = "unlikely" },
            Name = $"mail {email} {delivery}",
            Delivery = delivery,
            Channel = AlertVocabulary.Email,
            Email = email,
            Format = "json",
        }, "test", time.GetUtcNow(), TestContext.Current.CancellationToken);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A process still holding a file must not fail a test that already passed.
        }
    }
}
