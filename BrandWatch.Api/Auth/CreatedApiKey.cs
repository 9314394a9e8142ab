namespace BrandWatch.Api.Auth;

/// <summary>A new key: the secret is returned this once and never again.</summary>
public sealed record CreatedApiKey(ApiKeyRecord Record, string Key);
