namespace BrandWatch.Api.Auth;

/// <summary>Names of the API key authentication scheme and of the claims it issues.</summary>
public static class ApiKeyDefaults
{
    public const string Scheme = "ApiKey";

    public const string HeaderName = "X-Api-Key";

    /// <summary>One claim per owner (tenant) the key is scoped to.</summary>
    public const string OwnerClaim = "brandwatch:owner";

    /// <summary>The key's id (not the secret): who did it, in audit logs.</summary>
    public const string KeyIdClaim = "brandwatch:key";
}
