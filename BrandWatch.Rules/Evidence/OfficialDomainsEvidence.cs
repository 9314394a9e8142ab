namespace BrandWatch.Rules.Evidence;

/// <summary>The owner's official domains and what DNS said about each, gathered by the Worker to compare a match against.</summary>
public sealed record OfficialDomainsEvidence
{
    /// <summary>The official domains of the mark and of the owner's other marks (ASCII, lower case).</summary>
    public IReadOnlyList<string> Domains { get; init; } = [];

    /// <summary>DNS evidence of each official domain that could be looked up.</summary>
    public IReadOnlyList<DnsEvidence> Dns { get; init; } = [];
}
