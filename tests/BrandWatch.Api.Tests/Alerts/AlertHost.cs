using BrandWatch.Api.Alerts;
using BrandWatch.Api.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BrandWatch.Api.Tests.Alerts;

/// <summary>
/// The alert dispatcher hosted as in the Api (AddAlerts on a generic host) over a given database file, so a test can
/// stop it mid-dispatch and start a new one on the same file.
/// </summary>
public sealed class AlertHost : IAsyncDisposable
{
    private readonly IHost _host;

    private AlertHost(IHost host) => _host = host;

    /// <summary>Fast settings for loopback tests: short polls and backoff, loopback targets allowed.</summary>
    public static Dictionary<string, string?> FastSettings() => new()
    {
        ["Alerts:PollInterval"] = "00:00:00.020",
        ["Alerts:RetryBaseDelay"] = "00:00:00.020",
        ["Alerts:RetryMaxDelay"] = "00:00:00.200",
        ["Alerts:GiveUpAfter"] = "01:00:00",
        ["Alerts:RequestTimeout"] = "00:00:10",
        ["Alerts:AllowLoopbackTargets"] = "true",
        ["Alerts:PublicBaseUrl"] = "https://brandwatch.example/",
    };

    public static async Task<AlertHost> StartAsync(AlertsDatabase database, IDictionary<string, string?> settings, TimeProvider? time = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(ApiDatabase.Open($"Data Source={database.FilePath}"));
        builder.Services.AddSingleton(time ?? TimeProvider.System);
        builder.Services.AddAlerts(builder.Configuration);
        var host = builder.Build();
        try
        {
            await host.StartAsync(TestContext.Current.CancellationToken);
        }
        catch
        {
            host.Dispose();
            throw;
        }

        return new AlertHost(host);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync(CancellationToken.None);
        _host.Dispose();
    }
}
