using System.Security.Claims;

namespace BrandWatch.Api.Auth;

/// <summary>Who is calling: the key id, its role and the owners (tenants) it is scoped to.</summary>
public sealed record Caller(string KeyId, string Role, IReadOnlyList<string> Owners)
{
    /// <summary>Admins, workers and CI see every owner; brand managers and legal reviewers only their own.</summary>
    public bool SeesAllOwners => Role is Roles.Admin or Roles.Worker or Roles.Ci;

    public bool CanSee(string owner) => SeesAllOwners || Owners.Contains(owner, StringComparer.Ordinal);

    /// <summary>
    /// The owner a write goes to: a brand manager writes only its own (and may leave it out); other roles must name
    /// one. Returns the error message for the <c>owner</c> field otherwise.
    /// </summary>
    public (string? Owner, string? Error) OwnerForWrite(string? requested)
    {
        if (Role == Roles.BrandManager)
        {
            var own = Owners.Count > 0 ? Owners[0] : null;
            return own is not null && (requested is null || requested == own) ? (own, null) : (null, $"must be your own owner \"{own}\" or left out");
        }

        return requested is null ? (null, "is required (the owner it belongs to)") : (requested, null);
    }

    public static Caller From(ClaimsPrincipal user)
    {
        var keyId = user.FindFirstValue(ApiKeyDefaults.KeyIdClaim) ?? "anonymous";
        var role = user.FindFirstValue(ClaimTypes.Role) ?? string.Empty;
        var owners = user.FindAll(ApiKeyDefaults.OwnerClaim).Select(c => c.Value).ToArray();
        return new Caller(keyId, role, owners);
    }
}
