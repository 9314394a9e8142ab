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
    public string Source => SourceOf(Payload);

    private static string SourceOf(string payload)
    {
        try
        {
            using var document = System.Text.Json.JsonDocument.Parse(payload);
            return document.RootElement.ValueKind == System.Text.Json.JsonValueKind.Object
                && document.RootElement.TryGetProperty("source", out var source) && source.ValueKind == System.Text.Json.JsonValueKind.String
                ? source.GetString() ?? AlertVocabulary.NoSource
                : AlertVocabulary.NoSource;
        }
        catch (System.Text.Json.JsonException)
        {
            return AlertVocabulary.NoSource;
        }
    }
}
