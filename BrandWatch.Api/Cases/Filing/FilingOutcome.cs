namespace BrandWatch.Api.Cases.Filing;

/// <summary>
/// The answer to a filing: what it did, the case summary as JSON and the case's location and ETag (replayed byte for
/// byte for a repeated Idempotency-Key), or a refusal. The endpoints word it as HTTP.
/// </summary>
internal sealed record FilingOutcome(FilingResult Result, string? Body, string? Location, string? ETag, bool Replayed, FilingRefusal? Refusal, long CaseId)
{
    public static FilingOutcome Refused(FilingRefusal refusal) => new(FilingResult.Refused, null, null, null, false, refusal, 0);
}

/// <summary>What a filing did.</summary>
internal enum FilingResult
{
    /// <summary>It opened a new case.</summary>
    Created,

    /// <summary>It filed onto the open case of its name.</summary>
    Refiled,

    /// <summary>The store refused it (<see cref="FilingOutcome.Refusal"/> says why).</summary>
    Refused,
}
