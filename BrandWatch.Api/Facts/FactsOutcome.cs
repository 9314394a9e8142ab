namespace BrandWatch.Api.Facts;

/// <summary>How a PUT of reviewer facts ended.</summary>
internal enum FactsOutcome
{
    Done,
    NotFound,
    VersionMismatch,
    RuleVersionUnavailable,
    UnreadableFiling,
}
