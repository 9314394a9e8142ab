namespace BrandWatch.Api.Submissions;

/// <summary>
/// One submission on the wire. <c>id</c>, <c>value</c>, <c>submittedBy</c> and <c>submittedAt</c> are what the Worker's
/// feed reads; <c>status</c> is <c>pending</c> until the Worker's cursor has passed it, then <c>picked-up</c>.
/// </summary>
public sealed record SubmissionResponse(
    long Id,
    string Value,
    string Kind,
    string Host,
    string? Note,
    string SubmittedBy,
    DateTimeOffset SubmittedAt,
    string Status,
    DateTimeOffset? PickedUpAt);
