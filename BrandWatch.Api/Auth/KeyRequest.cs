namespace BrandWatch.Api.Auth;

/// <summary>Body of <c>POST /api/keys</c>.</summary>
public sealed record KeyRequest
{
    public required string Role { get; init; }

    /// <summary>Exactly one for a brand manager, one or more for a legal reviewer, none otherwise.</summary>
    public IReadOnlyList<string> Owners { get; init; } = [];

    public string? Name { get; init; }
}
