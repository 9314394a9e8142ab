namespace BrandWatch.Api.Auth;

/// <summary>A stored API key without its secret.</summary>
public sealed record ApiKeyRecord(
    string Id,
    string Role,
    string Name,
    IReadOnlyList<string> Owners,
    DateTimeOffset CreatedAt,
    string? CreatedBy,
    DateTimeOffset? RevokedAt);
