namespace BrandWatch.Api.Marks;

/// <summary>A stored mark: its portfolio fields, the label forms it is screened under, and its record keeping.</summary>
public sealed record MarkResponse
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required string Owner { get; init; }
    public required IReadOnlyList<string> Labels { get; init; }
    public required IReadOnlyList<string> LabelForms { get; init; }
    public required IReadOnlyList<string> OfficialDomains { get; init; }
    public required IReadOnlyList<int> NiceClasses { get; init; }
    public required IReadOnlyList<string> Jurisdictions { get; init; }
    public DateOnly? RegisteredOn { get; init; }
    public DateOnly? FirstUsedOn { get; init; }
    public bool WellKnown { get; init; }
    public bool GenericWord { get; init; }
    public required IReadOnlyList<string> Keywords { get; init; }
    public required IReadOnlyList<string> AuthorisedDomains { get; init; }
    public required long Version { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public required DateTimeOffset UpdatedAt { get; init; }
    public DateTimeOffset? RetiredAt { get; init; }
}
