namespace BrandWatch.Api.Auth;

/// <summary>The answer to a key creation: the stored record and the secret, shown this once.</summary>
public sealed record KeyCreatedResponse(ApiKeyRecord Key, string Secret);
