using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace BrandWatch.Worker.Dns;

/// <summary>Registers <see cref="DnsInspector"/> with its options bound from configuration and validated at start-up.</summary>
public static class DnsServiceCollectionExtensions
{
    public const string SectionName = "Dns";

    public static IServiceCollection AddDnsInspector(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DnsInspectorOptions>()
            .Bind(configuration.GetSection(SectionName))
            .ValidateDataAnnotations()
            .Validate(o => TryParseAll(o.NameServers), "Dns:NameServers holds an entry that is not an IP address with an optional port")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new DnsInspector(
            sp.GetRequiredService<IOptions<DnsInspectorOptions>>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetService<Microsoft.Extensions.Logging.ILogger<DnsInspector>>()));
        return services;
    }

    private static bool TryParseAll(IEnumerable<string> entries)
    {
        try
        {
            _ = DnsNameServers.Parse(entries);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
