namespace BrandWatch.Api.Alerts;

/// <summary>A validated subscription as the caller wants it, before it has an id.</summary>
public sealed record SubscriptionDraft
{
    public required string Owner { get; init; }
    public required string Name { get; init; }
    public required IReadOnlyList<string> Marks { get; init; }
    public required IReadOnlyList<string> Events { get; init; }
    public required IReadOnlyList<string> Kinds { get; init; }

    /// <summary>Verdict outcomes; empty means every outcome (the minimum outcome still applies).</summary>
    public IReadOnlyList<string> Outcomes { get; init; } = [];

    /// <summary>Recommended actions; empty means every action.</summary>
    public IReadOnlyList<string> Actions { get; init; } = [];

    /// <summary>Sources (content, ct, nrd, zone, submission, none); empty means every source.</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];
    /// <summary>Only names first seen at or after this time; null for every name.</summary>
    public DateTimeOffset? NewSince { get; init; }

    public required int MinPriority { get; init; }
    public required string MinOutcome { get; init; }
    public required string Delivery { get; init; }
    public required string Channel { get; init; }
    public string? WebhookUrl { get; init; }
    public string? WebhookSecret { get; init; }
    public string? Email { get; init; }
    public required string Format { get; init; }
}
