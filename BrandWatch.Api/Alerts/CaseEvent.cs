namespace BrandWatch.Api.Alerts;

/// <summary>One row of the <c>case_events</c> outbox, written in the same transaction as the case change it reports.</summary>
public sealed record CaseEvent
{
    public required long Id { get; init; }
    public required long CaseId { get; init; }
    public required string Owner { get; init; }
    public required string MarkId { get; init; }
    public required string EventType { get; init; }
    public required string Kind { get; init; }
    public required string Subject { get; init; }
    public required int Priority { get; init; }
    public required string Outcome { get; init; }
    public required string Action { get; init; }

    /// <summary>The case summary as JSON (element scores, recommended action, link path).</summary>
    public required string Payload { get; init; }

    public required string CreatedAt { get; init; }

    /// <summary>Which watch found the case (content, ct, nrd, zone, submission), read from the payload; "none" when unsaid.</summary>
    public string Source => Facts.Source;

    /// <summary>When the case's name was first seen for its mark, read from the payload; null when the payload does not say.</summary>
    public DateTimeOffset? FirstSeenAt => Facts.FirstSeenAt;

    /// <summary>
    /// Whether the case's name is new since <paramref name="since"/>: first seen at or after it, and not a name the mark
    /// already had a case for. An event whose payload does not say when its name was first seen is not new.
    /// </summary>
    public bool IsNewSince(DateTimeOffset since) => Facts is { SeenBefore: false, FirstSeenAt: { } first } && first >= since;

    // Read at each use rather than cached: a cache field would take part in the record's equality and survive `with`.
    private PayloadFacts Facts => PayloadFacts.Read(Payload);

    private sealed record PayloadFacts(string Source, DateTimeOffset? FirstSeenAt, bool SeenBefore)
    {
        public static PayloadFacts Read(string payload)
        {
            try
            {
                using var document = System.Text.Json.JsonDocument.Parse(payload);
                var root = document.RootElement;
                if (root.ValueKind != System.Text.Json.JsonValueKind.Object)
                {
                    return new PayloadFacts(AlertVocabulary.NoSource, null, false);
                }

                var source = root.TryGetProperty("source", out var s) && s.ValueKind == System.Text.Json.JsonValueKind.String
                    ? s.GetString() ?? AlertVocabulary.NoSource
                    : AlertVocabulary.NoSource;
                DateTimeOffset? firstSeen = root.TryGetProperty("firstSeenAt", out var f) && f.ValueKind == System.Text.Json.JsonValueKind.String
                    && f.TryGetDateTimeOffset(out var at) ? at : null;
                var seenBefore = root.TryGetProperty("seenBefore", out var b) && b.ValueKind == System.Text.Json.JsonValueKind.True;
                return new PayloadFacts(source, firstSeen, seenBefore);
            }
            catch (System.Text.Json.JsonException)
            {
                return new PayloadFacts(AlertVocabulary.NoSource, null, false);
            }
        }
    }
}
