namespace BrandWatch.Api.Storage;

/// <summary>How a conditional write ended.</summary>
public enum WriteOutcome
{
    Done,
    NotFound,
    VersionMismatch,
    Conflict,
}
