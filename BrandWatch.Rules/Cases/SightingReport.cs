namespace BrandWatch.Rules.Cases;

/// <summary>A name seen again for a mark it matches, reported without a new filing (<c>POST /api/sightings</c>).</summary>
public sealed record SightingReport
{
    /// <summary>The mark's id.</summary>
    public required string Mark { get; init; }

    /// <summary>The host name (ASCII form) that was seen.</summary>
    public required string Domain { get; init; }

    public required CaseSighting Sighting { get; init; }
}
