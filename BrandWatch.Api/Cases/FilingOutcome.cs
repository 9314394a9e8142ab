namespace BrandWatch.Api.Cases;

/// <summary>The answer to a filing: status, JSON body and headers (replayed byte for byte for a repeated Idempotency-Key), or a refusal.</summary>
internal sealed record FilingOutcome(int Status, string? Body, string? Location, string? ETag, bool Replayed, FilingRefusal? Refusal, long CaseId);
