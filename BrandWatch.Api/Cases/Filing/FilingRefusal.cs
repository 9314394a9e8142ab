namespace BrandWatch.Api.Cases.Filing;

/// <summary>Why the store refused a filing, with what the caller needs to put it right; the endpoint words it as a problem.</summary>
internal sealed record FilingRefusal(FilingRefusalReason Reason, string? MarkId = null, string? RetiredAt = null, IReadOnlyList<string>? MissingFiles = null);

/// <summary>The refusals a filing can meet inside the store (validation happens before it).</summary>
internal enum FilingRefusalReason
{
    /// <summary>No mark has the filing's mark id.</summary>
    UnknownMark,

    /// <summary>The mark is retired: cases are no longer filed against it.</summary>
    MarkRetired,

    /// <summary>An evidence file the filing names is not in the evidence store yet.</summary>
    EvidenceFileMissing,

    /// <summary>The Idempotency-Key already filed a different body.</summary>
    IdempotencyKeyReused,
}
