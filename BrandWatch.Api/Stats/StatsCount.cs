namespace BrandWatch.Api.Stats;

/// <summary>One value of a top list and its cases.</summary>
public sealed record StatsCount(string Value, long Cases);
