using BrandWatch.Api.Storage;
using Dapper;
using BrandWatch.Time;

namespace BrandWatch.Api.Alerts;

/// <summary>
/// Replays the owner's case events of the last 30 days through a subscription filter: which cases it would have sent.
/// The decision is <see cref="SubscriptionFilter.Matches"/>, the same the dispatcher's fan-out makes.
/// </summary>
internal sealed class SubscriptionPreviewStore(ApiDatabase database)
{
    public static readonly TimeSpan Window = TimeSpan.FromDays(30);

    /// <summary>The most events one preview reads (the newest first), so its cost stays bounded on a busy owner.</summary>
    public const int MaxEventsRead = 20_000;

    // The owner's outbox rows in the window, newest first, over ix_case_events_owner_created (migration 0190).
    private const string SelectRecentEvents =
        "SELECT " + OutboxStore.EventColumns + " FROM case_events WHERE owner = @Owner AND created_at >= @From AND created_at <= @To " +
        "ORDER BY created_at DESC, id DESC LIMIT @Limit";

    public async Task<SubscriptionPreview> PreviewAsync(SubscriptionFilter filter, DateTimeOffset now, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var from = now - Window;
        var cases = new List<SubscriptionPreviewCase>();
        var index = new Dictionary<long, int>();
        var alerts = 0;
        var read = 0;
        await using (var connection = await database.OpenAsync(cancellationToken))
        {
            var rows = connection.QueryUnbufferedAsync<CaseEvent>(SelectRecentEvents,
                new { filter.Owner, From = from, To = now, Limit = MaxEventsRead });
            await foreach (var caseEvent in rows.WithCancellation(cancellationToken))
            {
                read++;
                if (!filter.Matches(caseEvent))
                {
                    continue;
                }

                alerts++;
                if (index.TryGetValue(caseEvent.CaseId, out var at))
                {
                    cases[at] = cases[at] with { Alerts = cases[at].Alerts + 1 };
                    continue;
                }

                index[caseEvent.CaseId] = cases.Count;
                cases.Add(new SubscriptionPreviewCase
                {
                    Id = caseEvent.CaseId,
                    EventId = caseEvent.Id,
                    Event = caseEvent.EventType,
                    At = StoredTime.Parse(caseEvent.CreatedAt),
                    Domain = caseEvent.Subject,
                    Mark = caseEvent.MarkId,
                    Kind = caseEvent.Kind,
                    Outcome = caseEvent.Outcome,
                    Action = caseEvent.Action,
                    Priority = caseEvent.Priority,
                    Alerts = 1,
                });
            }
        }

        return new SubscriptionPreview
        {
            Owner = filter.Owner,
            From = from,
            To = now,
            Total = cases.Count,
            Alerts = alerts,
            Limit = limit,
            Complete = read < MaxEventsRead,
            Cases = cases.Take(limit).ToList(),
        };
    }
}
