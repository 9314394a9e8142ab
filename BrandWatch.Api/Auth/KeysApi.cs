using BrandWatch.Api.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BrandWatch.Api.Auth;

/// <summary>Key management for admins: create (the secret is shown once), list, revoke.</summary>
public static class KeysApi
{
    public static RouteGroupBuilder MapKeysApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/keys").WithTags("Keys").RequireAuthorization(Policies.Admin);
        group.MapPost("/", CreateAsync).Accepts<KeyRequest>("application/json");
        group.MapGet("/", ListAsync);
        group.MapDelete("/{id}", RevokeAsync);
        return group;
    }

    private static async Task<Results<Created<KeyCreatedResponse>, ProblemHttpResult>> CreateAsync(HttpRequest request, KeyStore keys, CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadAsync<KeyRequest>(request, 16 * 1024, 1000, cancellationToken);
        if (body.Problem is not null)
        {
            return body.Problem;
        }

        var input = body.Value!;
        var errors = KeyRules.Validate(input.Role, input.Owners, input.Name);
        if (errors.Count > 0)
        {
            return Problems.Problems.Validation(errors);
        }

        var created = await keys.CreateAsync(input.Role, input.Owners, input.Name ?? input.Role, request.HttpContext.User.GetKeyId(), cancellationToken);
        return TypedResults.Created($"/api/keys/{created.Record.Id}", new KeyCreatedResponse(created.Record, created.Key));
    }

    private static async Task<Ok<IReadOnlyList<ApiKeyRecord>>> ListAsync(KeyStore keys, CancellationToken cancellationToken) =>
        TypedResults.Ok(await keys.ListAsync(cancellationToken));

    private static async Task<Results<NoContent, ProblemHttpResult>> RevokeAsync(string id, KeyStore keys, CancellationToken cancellationToken) =>
        await keys.RevokeAsync(id, cancellationToken) ? TypedResults.NoContent() : Problems.Problems.NotFound($"Active key '{id}'");
}
