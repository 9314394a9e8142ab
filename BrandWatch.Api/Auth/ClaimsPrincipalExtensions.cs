using System.Security.Claims;

namespace BrandWatch.Api.Auth;

/// <summary>Reads the caller's key, role and owners from the principal the API key scheme issued.</summary>
public static class ClaimsPrincipalExtensions
{
    public static Caller GetCaller(this ClaimsPrincipal user) => Caller.From(user);

    public static string? GetRole(this ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.Role);

    public static IReadOnlyList<string> GetOwners(this ClaimsPrincipal user) =>
        user.FindAll(ApiKeyDefaults.OwnerClaim).Select(c => c.Value).ToArray();

    /// <summary>The single owner of a brand manager's key; null for other roles.</summary>
    public static string? GetOwner(this ClaimsPrincipal user) =>
        user.GetRole() == Roles.BrandManager ? user.FindFirstValue(ApiKeyDefaults.OwnerClaim) : null;

    public static string? GetKeyId(this ClaimsPrincipal user) => user.FindFirstValue(ApiKeyDefaults.KeyIdClaim);
}
