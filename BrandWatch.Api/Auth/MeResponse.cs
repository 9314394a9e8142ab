namespace BrandWatch.Api.Auth;

/// <summary>
/// The calling key as the Api sees it: who it is, which owners it is scoped to, and what its role may do. Each
/// <c>Can…</c> flag is the answer of the authorization policy that guards the matching endpoints.
/// </summary>
/// <param name="Owners">The owners the key is scoped to; empty when <paramref name="AllOwners"/> is true.</param>
/// <param name="AllOwners">True for roles that see every owner (admin, worker, ci).</param>
public sealed record MeResponse(
    string KeyId,
    string Name,
    string Role,
    IReadOnlyList<string> Owners,
    bool AllOwners,
    bool CanReadMarks,
    bool CanManageMarks,
    bool CanReadCases,
    bool CanFile,
    bool CanReview,
    bool CanManageSubscriptions,
    bool IsAdmin,
    bool CanSubmit);
