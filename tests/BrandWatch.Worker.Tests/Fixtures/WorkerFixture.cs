using BrandWatch.Worker.Pipeline;
using BrandWatch.Worker.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BrandWatch.Worker.Tests.Fixtures;

/// <summary>The Worker's real services built from an in-memory configuration, with the work database migrated.</summary>
public sealed class WorkerFixture : IAsyncDisposable
{
    private readonly ServiceProvider _provider;

    private WorkerFixture(ServiceProvider provider) => _provider = provider;

    internal DomainPipeline Pipeline => _provider.GetRequiredService<DomainPipeline>();

    internal WorkStore Store => _provider.GetRequiredService<WorkStore>();

    internal T Get<T>() where T : notnull => _provider.GetRequiredService<T>();

    internal IServiceProvider Services => _provider;

    public static async Task<WorkerFixture> StartAsync(IDictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        services.AddWorkerPipeline(configuration);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        await provider.GetRequiredService<WorkDatabase>().MigrateAsync(TimeProvider.System, TestContext.Current.CancellationToken);
        provider.GetRequiredService<DomainPipeline>().Start();
        return new WorkerFixture(provider);
    }

    public static Dictionary<string, string?> Settings(string stateFolder, CaseApiServer api, Dnsmasq dns, LoopbackServer sites, string marks) => new()
    {
        ["Worker:StateFolder"] = stateFolder,
        ["Api:BaseUrl"] = api.Address.ToString(),
        ["Api:Key"] = api.Key,
        ["Api:Retries"] = "1",
        ["Api:RetryDelay"] = "00:00:00.020",
        ["Portfolio:Path"] = marks,
        ["Dns:NameServers:0"] = $"127.0.0.1:{dns.Port}",
        ["Pipeline:WebPort"] = sites.Address.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Fetcher:AllowLoopback"] = "true",
        ["Crawler:DelayPerHost"] = "00:00:00",
        ["Pipeline:LookupRegistration"] = "false",
        ["Pipeline:FileMinimumOutcome"] = "Unlikely",
        ["Pipeline:PollInterval"] = "00:00:00.100",
        ["Pipeline:RetryBase"] = "00:00:00.050",
        ["Pipeline:RetryMax"] = "00:00:00.500",
        ["Content:Enabled"] = "false",
    };

    public async ValueTask DisposeAsync()
    {
        await _provider.GetRequiredService<DomainPipeline>().StopAsync();
        await _provider.DisposeAsync();
    }
}
