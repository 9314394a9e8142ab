namespace BrandWatch.Rules.Scoring;

public enum DisputePath
{
    /// <summary>Only the complainant holds rights: transfer, or the registrant moves within 90 days.</summary>
    OnlyComplainantHoldsRights,
    /// <summary>Both parties hold rights: the first registrant keeps it; courts decide.</summary>
    BothHoldRights,
    /// <summary>The registrant offers to settle.</summary>
    Settlement,
    /// <summary>The domain predates the mark.</summary>
    PredatesMark,
    /// <summary>No dispute to pursue.</summary>
    None,
}
