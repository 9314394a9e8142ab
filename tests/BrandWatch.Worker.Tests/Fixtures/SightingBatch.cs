using BrandWatch.Rules.Cases;

namespace BrandWatch.Worker.Tests.Fixtures;

/// <summary>The body of <c>POST /api/sightings</c> as the Api reads it.</summary>
public sealed record SightingBatch(IReadOnlyList<SightingReport> Sightings);
