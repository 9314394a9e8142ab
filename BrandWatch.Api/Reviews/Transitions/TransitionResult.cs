using BrandWatch.Api.Cases;

namespace BrandWatch.Api.Reviews.Transitions;

/// <summary>How a review transition ended.</summary>
internal enum TransitionResult
{
    Done,
    NotFound,
    VersionMismatch,
    Illegal,
}

/// <summary>How a review transition ended, and the case as it stands (null when it was not found).</summary>
internal sealed record TransitionOutcome(TransitionResult Result, CaseRow? Row);
