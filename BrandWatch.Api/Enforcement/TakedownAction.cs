namespace BrandWatch.Api.Enforcement;

/// <summary>A report sent to one party about a case, with the date of each step and who recorded it.</summary>
public sealed record TakedownAction
{
    public required long Id { get; init; }
    public required long CaseId { get; init; }

    /// <summary>registrar | host | registrant | provider.</summary>
    public required string Party { get; init; }

    public string? Target { get; init; }

    /// <summary>sent | acknowledged | resolved.</summary>
    public required string State { get; init; }

    public required DateTimeOffset SentAt { get; init; }
    public DateTimeOffset? AcknowledgedAt { get; init; }
    public DateTimeOffset? ResolvedAt { get; init; }
    public string? Note { get; init; }
    public required string CreatedBy { get; init; }
    public required string UpdatedBy { get; init; }
    public required DateTimeOffset UpdatedAt { get; init; }
}
