using System.Security.Claims;
using System.Text.Encodings.Web;
using BrandWatch.Api.Problems;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace BrandWatch.Api.Auth;

/// <summary>Authenticates <c>Authorization: Bearer KEY</c> or <c>X-Api-Key: KEY</c> against the stored key hashes.</summary>
internal sealed class ApiKeyHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    KeyStore keys)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var presented = ReadKey(Request);
        if (presented is null)
        {
            return AuthenticateResult.NoResult();
        }

        var key = await keys.FindByKeyAsync(presented, Context.RequestAborted);
        if (key is null || key.RevokedAt is not null)
        {
            return AuthenticateResult.Fail("Unknown or revoked API key.");
        }

        var claims = new List<Claim>
        {
            new(ApiKeyDefaults.KeyIdClaim, key.Id),
            new(ClaimTypes.NameIdentifier, key.Id),
            new(ClaimTypes.Name, key.Name),
            new(ClaimTypes.Role, key.Role),
        };
        claims.AddRange(key.Owners.Select(owner => new Claim(ApiKeyDefaults.OwnerClaim, owner)));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, ApiKeyDefaults.Scheme));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, ApiKeyDefaults.Scheme));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = "Bearer";
        var presented = ReadKey(Request) is not null;
        await Problems.Problems.Create(StatusCodes.Status401Unauthorized, ProblemTypes.Unauthorized, "An API key is required.",
            presented ? "The API key is unknown or revoked." : "Send the key as 'Authorization: Bearer KEY' or 'X-Api-Key: KEY'.",
            new Dictionary<string, object?> { ["field"] = "Authorization" }).ExecuteAsync(Context);
    }

    protected override async Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        await Problems.Problems.Create(StatusCodes.Status403Forbidden, ProblemTypes.Forbidden, "This key's role may not do that.",
            $"The role '{Context.User.GetRole()}' is not allowed to {Request.Method} {Request.Path}.").ExecuteAsync(Context);

    private static string? ReadKey(HttpRequest request)
    {
        var authorization = request.Headers.Authorization.ToString();
        if (authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            var token = authorization["Bearer ".Length..].Trim();
            return token.Length == 0 ? null : token;
        }

        var header = request.Headers[ApiKeyDefaults.HeaderName].ToString().Trim();
        return header.Length == 0 ? null : header;
    }
}
