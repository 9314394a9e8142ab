namespace BrandWatch.Api.Problems;

/// <summary>The stable <c>type</c> URIs of every problem the Api answers (RFC 9457). Clients may switch on them.</summary>
public static class ProblemTypes
{
    public const string Base = "https://brandwatch.dev/problems/";

    public const string Validation = Base + "validation";
    public const string MalformedJson = Base + "malformed-json";
    public const string UnsupportedMediaType = Base + "unsupported-media-type";
    public const string PayloadTooLarge = Base + "payload-too-large";
    public const string Unauthorized = Base + "unauthorized";
    public const string Forbidden = Base + "forbidden";
    public const string NotFound = Base + "not-found";
    public const string Conflict = Base + "conflict";
    public const string IllegalTransition = Base + "illegal-transition";
    public const string PreconditionFailed = Base + "precondition-failed";
    public const string PreconditionRequired = Base + "precondition-required";
    public const string IdempotencyKeyReused = Base + "idempotency-key-reused";
    public const string UnknownMark = Base + "unknown-mark";
    public const string MarkRetired = Base + "mark-retired";
    public const string RuleVersionUnavailable = Base + "rule-version-unavailable";
    public const string BadRequest = Base + "bad-request";
    public const string Unavailable = Base + "unavailable";
    public const string Internal = Base + "internal";
    public const string EvidenceFileMissing = Base + "evidence-file-missing";
    public const string EvidenceFileDigestMismatch = Base + "evidence-file-digest-mismatch";
}
