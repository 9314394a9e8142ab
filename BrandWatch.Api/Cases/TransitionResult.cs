namespace BrandWatch.Api.Cases;

/// <summary>How a review transition ended.</summary>
internal enum TransitionResult
{
    Done,
    NotFound,
    VersionMismatch,
    Illegal,
}
