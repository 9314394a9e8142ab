using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using BrandWatch.Api;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BrandWatch.Bench.Api;

/// <summary>The Api as the benches run it: on Kestrel at 127.0.0.1 (a free port), migrated, warnings only, on the given database.</summary>
internal static class BenchApi
{
    /// <summary>Builds, migrates and starts an Api instance on <paramref name="connection"/>, its signing key in <paramref name="folder"/>.</summary>
    public static async Task<WebApplication> StartAsync(string connection, string folder)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [] });
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Configuration["ConnectionStrings:BrandWatch"] = connection;
        builder.Configuration["Evidence:SigningKeyPath"] = Path.Combine(folder, "signing-key.pem");
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.AddBrandWatchApi();
        var app = builder.Build();
        await app.MigrateBrandWatchDatabaseAsync();
        app.MapBrandWatchApi();
        await app.StartAsync();
        return app;
    }

    /// <summary>The address Kestrel listens on (<c>http://127.0.0.1:port</c>).</summary>
    public static Uri Address(WebApplication app) =>
        new(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
}
