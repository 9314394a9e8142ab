using System.Text.Json;

namespace BrandWatch.Api.Alerts;

/// <summary>One case event as it appears in a webhook body.</summary>
public sealed record AlertItem
{
    public required long EventId { get; init; }

    /// <summary>case-filed, priority-raised, reviewed, actioned or resolved.</summary>
    public required string Event { get; init; }

    public required string OccurredAt { get; init; }
    public required long CaseId { get; init; }
    public required string Owner { get; init; }
    public required string MarkId { get; init; }
    public required string Kind { get; init; }
    public required string Subject { get; init; }
    public required int Priority { get; init; }
    public required string Outcome { get; init; }
    public required string Action { get; init; }

    /// <summary>Where the case is in the review UI (absolute when Alerts:PublicBaseUrl is set).</summary>
    public required string Link { get; init; }

    /// <summary>The case summary as the Api recorded it with the event: element scores, recommended action and more.</summary>
    public required JsonElement Case { get; init; }
}
