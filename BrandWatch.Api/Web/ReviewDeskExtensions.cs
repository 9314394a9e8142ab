using System.Collections.Frozen;
using System.Reflection;
using System.Security.Cryptography;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

// In the builder's namespace so Program.cs needs only the one call, no using.
namespace Microsoft.AspNetCore.Builder;

/// <summary>
/// Serves the review desk: a static page and its modules embedded in this assembly, under a strict content security
/// policy. The page talks to the Api only through its public endpoints.
/// </summary>
public static class ReviewDeskExtensions
{
    /// <summary>Prefix of the embedded resources (see the csproj's LogicalName).</summary>
    private const string ResourcePrefix = "ReviewDesk/";

    /// <summary>Where the assets are served; index.html is also served at <c>/</c>.</summary>
    public const string AssetPath = "/desk";

    // No inline script or style, nothing from another origin; the page may only call its own Api.
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "font-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    private static readonly FrozenDictionary<string, string> ContentTypes = new Dictionary<string, string>
    {
        [".html"] = "text/html; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".svg"] = "image/svg+xml",
        [".ico"] = "image/x-icon",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Maps <c>/</c> to the review desk page and <c>/desk/{file}</c> to its scripts and styles.</summary>
    public static IEndpointRouteBuilder MapReviewDesk(this IEndpointRouteBuilder endpoints)
    {
        var assets = LoadAssets(typeof(ReviewDeskExtensions).Assembly);
        var index = assets["index.html"];

        endpoints.MapGet("/", (HttpContext context) => Serve(context, index)).ExcludeFromDescription().AllowAnonymous();
        endpoints.MapGet(AssetPath + "/{file}", (HttpContext context, string file) =>
                assets.TryGetValue(file, out var asset) ? Serve(context, asset) : Results.NotFound())
            .ExcludeFromDescription()
            .AllowAnonymous();
        return endpoints;
    }

    private static IResult Serve(HttpContext context, Asset asset)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        // Revalidate every time: the files are small and a new build must never mix with an old module.
        headers.CacheControl = "no-cache";
        headers.ETag = asset.ETag;

        var ifNoneMatch = context.Request.Headers.IfNoneMatch;
        if (!StringValues.IsNullOrEmpty(ifNoneMatch) && ifNoneMatch.Any(v => v is not null && v.Contains(asset.ETag, StringComparison.Ordinal)))
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        return Results.Bytes(asset.Content, asset.ContentType);
    }

    private static FrozenDictionary<string, Asset> LoadAssets(Assembly assembly)
    {
        var assets = new Dictionary<string, Asset>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames())
        {
            if (!name.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            {
                continue;
            }

            var file = name[ResourcePrefix.Length..];
            if (!ContentTypes.TryGetValue(Path.GetExtension(file), out var contentType))
            {
                continue;
            }

            using var stream = assembly.GetManifestResourceStream(name)
                ?? throw new InvalidOperationException($"embedded resource {name} vanished");
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            var content = buffer.ToArray();
            var etag = new EntityTagHeaderValue("\"" + Convert.ToHexStringLower(SHA256.HashData(content).AsSpan(0, 12)) + "\"").ToString();
            assets[file] = new Asset(content, contentType, etag);
        }

        if (!assets.ContainsKey("index.html"))
        {
            throw new InvalidOperationException("the review desk's index.html is not embedded in BrandWatch.Api");
        }

        return assets.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private sealed record Asset(byte[] Content, string ContentType, string ETag);
}
