using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BrandWatch.Api.Tests.Web;

/// <summary>The real Api on a real Kestrel bound to 127.0.0.1 (a free port), over a fresh SQLite file.</summary>
public sealed class ApiHost : WebApplicationFactory<Program>
{
    private readonly string _folder = Directory.CreateTempSubdirectory("brandwatch-web-").FullName;

    public ApiHost()
    {
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
    }

    public string DatabasePath => Path.Combine(_folder, "brandwatch.db");

    /// <summary>The server's address, e.g. http://127.0.0.1:41234 (starts the server on first use).</summary>
    public Uri BaseAddress
    {
        get
        {
            StartServer();
            var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            return new Uri(addresses.First());
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:BrandWatch", $"Data Source={DatabasePath}");
        builder.UseEnvironment("Production");
        // Subscriptions made by the tests point at loopback only (see SeededDesk.WebhookUrl).
        builder.UseSetting("Alerts:AllowLoopbackTargets", "true");
        builder.UseSetting("Alerts:RequireHttps", "false");
        // Deliveries to SeededDesk.WebhookUrl, where nothing listens, are retried fast and given up within seconds, so
        // the desk's delivery view shows attempts, errors and dead letters without a test waiting a day.
        builder.UseSetting("Alerts:RetryBaseDelay", "00:00:00.200");
        builder.UseSetting("Alerts:RetryMaxDelay", "00:00:00.500");
        builder.UseSetting("Alerts:GiveUpAfter", "00:00:02");
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // a SQLite handle still closing: the temp folder is cleaned by the OS later
        }

        GC.SuppressFinalize(this);
    }
}
