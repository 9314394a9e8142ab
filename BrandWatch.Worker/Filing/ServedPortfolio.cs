namespace BrandWatch.Worker.Filing;

/// <summary>The portfolio as the Api serves it (samples/marks.json format) with its ETag; null JSON when unchanged (304).</summary>
internal sealed record ServedPortfolio(string? Json, string? ETag);
