using System.Security.Claims;

namespace BrandWatch.Api.Auth;

/// <summary>Who is calling: the key id, its role and the owners (tenants) it is scoped to.</summary>
public sealed record Caller(string KeyId, string Role, IReadOnlyList<string> Owners)
{
    /// <summary>Admins, workers and CI see every owner; brand managers and legal reviewers only their own.</summary>
    public bool SeesAllOwners => Role is Roles.Admin or Roles.Worker or Roles.Ci;

    public bool CanSee(string owner) => SeesAllOwners || Owners.Contains(owner, StringComparer.Ordinal);

    public static Caller From(ClaimsPrincipal user)
    {
        var keyId = user.FindFirstValue(ApiKeyDefaults.KeyIdClaim) ?? "anonymous";
        var role = user.FindFirstValue(ClaimTypes.Role) ?? string.Empty;
        var owners = user.FindAll(ApiKeyDefaults.OwnerClaim).Select(c => c.Value).ToArray();
        return new Caller(keyId, role, owners);
    }
}
