using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BrandWatch.Api.Auth;

/// <summary>
/// <c>GET /api/me</c>: any valid key may ask who it is and what it may do, so a client (the review desk) shows only
/// what the key can use instead of guessing from the role name.
/// </summary>
public static class MeApi
{
    public static RouteHandlerBuilder MapMeApi(this IEndpointRouteBuilder routes) =>
        routes.MapGet("/api/me", GetAsync)
            .WithTags("Keys")
            .WithSummary("The calling key: id, name, role, owners and what it may do")
            .RequireAuthorization()
            .ProducesProblem(StatusCodes.Status401Unauthorized);

    private static async Task<Ok<MeResponse>> GetAsync(ClaimsPrincipal user, IAuthorizationService authorization)
    {
        // Asking the very policies the endpoints are guarded by keeps these flags from drifting away from the routes.
        async Task<bool> Allowed(string policy) => (await authorization.AuthorizeAsync(user, policy)).Succeeded;

        var caller = user.GetCaller();
        return TypedResults.Ok(new MeResponse(
            caller.KeyId,
            user.FindFirstValue(ClaimTypes.Name) ?? caller.KeyId,
            caller.Role,
            caller.SeesAllOwners ? [] : caller.Owners,
            caller.SeesAllOwners,
            CanReadMarks: await Allowed(Policies.ReadMarks),
            CanManageMarks: await Allowed(Policies.ManageMarks),
            CanReadCases: await Allowed(Policies.ReadCases),
            CanFile: await Allowed(Policies.FileCases),
            CanReview: await Allowed(Policies.ReviewCases),
            CanManageSubscriptions: await Allowed(Policies.ManageSubscriptions),
            IsAdmin: await Allowed(Policies.Admin),
            CanSubmit: await Allowed(Policies.SubmitDomains)));
    }
}
