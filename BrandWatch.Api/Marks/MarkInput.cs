namespace BrandWatch.Api.Marks;

/// <summary>A mark as written in the portfolio format (samples/marks.json): the body of create, update and import.</summary>
public sealed record MarkInput
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public IReadOnlyList<string> Labels { get; init; } = [];
    public IReadOnlyList<string> OfficialDomains { get; init; } = [];
    public IReadOnlyList<int> NiceClasses { get; init; } = [];
    public IReadOnlyList<string> Jurisdictions { get; init; } = [];
    public DateOnly? RegisteredOn { get; init; }
    public bool WellKnown { get; init; }
    public bool GenericWord { get; init; }
    public IReadOnlyList<string> Keywords { get; init; } = [];

    /// <summary>The owner (tenant). Brand managers may leave it out: their own owner is used.</summary>
    public string? Owner { get; init; }

    public IReadOnlyList<string> AuthorisedDomains { get; init; } = [];
}
