namespace BrandWatch.Rules.Evidence;

/// <summary>An RDAP entity with the <c>abuse</c> role: who takes reports, and how to reach them. Null fields are unknown.</summary>
public sealed record AbuseContact
{
    public string? Name { get; init; }
    public string? Email { get; init; }
    public string? Phone { get; init; }
    public string? Handle { get; init; }
}
