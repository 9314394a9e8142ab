namespace BrandWatch.Api.Cases.Queries;

/// <summary>How many visible cases are in each status (every status is listed, zeros included).</summary>
public sealed record CaseCounts(long Total, IReadOnlyDictionary<string, long> ByStatus);
