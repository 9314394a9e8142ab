using BrandWatch.Rules.Cases;

namespace BrandWatch.Api.Sightings;

/// <summary>The body of <c>POST /api/sightings</c>: names seen again, at most <see cref="SightingsApi.MaxBatch"/>.</summary>
public sealed record SightingBatch
{
    public required IReadOnlyList<SightingReport> Sightings { get; init; }
}
