namespace BrandWatch.Api.Cases.Queries;

/// <summary>Validated filters of a case listing.</summary>
internal sealed record CaseQuery
{
    public IReadOnlyList<string> Statuses { get; init; } = [];
    public string? Mark { get; init; }
    public string? Owner { get; init; }
    public string? Outcome { get; init; }
    public string? Action { get; init; }
    public string? Kind { get; init; }
    public string? Source { get; init; }
    public int? MinPriority { get; init; }
    public int? MaxPriority { get; init; }
    public DateTimeOffset? FiledSince { get; init; }

    /// <summary>Only cases whose name was first seen for its mark at or after this time: what is new (issue 15).</summary>
    public DateTimeOffset? FirstSeenSince { get; init; }
    public string? Text { get; init; }
    public int Limit { get; init; } = 50;
    public (long Priority, long Id)? After { get; init; }
}
