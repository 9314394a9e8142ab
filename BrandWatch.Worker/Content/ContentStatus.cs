namespace BrandWatch.Worker.Content;

/// <summary>Where a domain stands in content screening; stored as text.</summary>
internal enum ContentStatus
{
    /// <summary>Queued by the screen stage, not screened yet (or postponed after a failed lookup).</summary>
    Pending,

    /// <summary>Fetched and analysed; nothing to file. What the pages showed is in the detail.</summary>
    Screened,

    /// <summary>Fetched and analysed; page cases were handed to the score stage in the same transaction.</summary>
    Cased,

    /// <summary>Not fetched: the name does not resolve, or its lookup kept failing. The detail says which.</summary>
    Skipped,
}
