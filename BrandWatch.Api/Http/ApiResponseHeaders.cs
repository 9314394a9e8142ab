namespace BrandWatch.Api.Http;

/// <summary>
/// Headers on every <c>/api</c> answer, whatever its status: <c>Cache-Control: no-store</c> (a new API key, a webhook
/// secret and tenant data must not stay in a browser or proxy cache), and the guards that stop a browser from sniffing,
/// framing or leaking the URL of a JSON answer.
/// </summary>
internal static class ApiResponseHeaders
{
    public static IApplicationBuilder UseApiResponseHeaders(this IApplicationBuilder app) => app.Use(static (context, next) =>
    {
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.OnStarting(static state =>
            {
                var headers = ((HttpContext)state).Response.Headers;
                headers.CacheControl = "no-store";
                headers.Pragma = "no-cache";
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "no-referrer";
                headers.ContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'";
                return Task.CompletedTask;
            }, context);
        }

        return next(context);
    });
}
