using BrandWatch.Api.Storage;

namespace BrandWatch.Api.Submissions;

/// <summary>A row of the <c>submissions</c> table as Dapper reads it.</summary>
internal sealed record SubmissionRow
{
    public long Id { get; init; }
    public string Value { get; init; } = string.Empty;
    public string Kind { get; init; } = string.Empty;
    public string Host { get; init; } = string.Empty;
    public string? Note { get; init; }
    public string SubmittedBy { get; init; } = string.Empty;
    public DateTimeOffset SubmittedAt { get; init; }
    public DateTimeOffset? PickedUpAt { get; init; }

    public SubmissionResponse ToResponse() => new(
        Id, Value, Kind, Host, Note, SubmittedBy, SubmittedAt, PickedUpAt is null ? "pending" : "picked-up", PickedUpAt);
}
