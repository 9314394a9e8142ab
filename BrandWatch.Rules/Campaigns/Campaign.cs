namespace BrandWatch.Rules.Campaigns;

/// <summary>
/// Cases joined by shared features (directly or through one another). Its id is its lowest case id, so it stays the
/// same while that case is in it.
/// </summary>
public sealed record Campaign
{
    public required long Id { get; init; }

    /// <summary>The member cases, ascending.</summary>
    public required IReadOnlyList<long> CaseIds { get; init; }

    /// <summary>Every feature at least two members share, strongest first.</summary>
    public required IReadOnlyList<SharedFeature> Shared { get; init; }
}
