namespace BrandWatch.Worker.Pipeline;

/// <summary>Where a work item stands. Stored as text; an item is resumed at its stage after a restart.</summary>
public enum WorkStage
{
    Enrich,
    Crawl,
    Score,
    File,
    /// <summary>Filed into the Api (final).</summary>
    Filed,
    /// <summary>Not filed: below the filing threshold, its mark left the portfolio, or the Api refused it (final).</summary>
    Dropped,
    /// <summary>Not filed: evidence shows the domain is the mark owner's own (final; the finding is in the work state).</summary>
    OwnerDomain,
    /// <summary>
    /// Not filed: the look would change a settled presence (live or gone) before enough consistent looks confirmed it,
    /// or it decided nothing (a resolver timeout, a failed fetch); recorded in the presence table (final).
    /// </summary>
    Held,
}
