using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BrandWatch.Worker.Crawling;

/// <summary>
/// Registers <see cref="IPageFetcher"/> (the safe fetcher) and <see cref="SiteCrawler"/> with validated options. The
/// fetcher resolves host names through the registered <see cref="IHostAddressResolver"/>: the system resolver unless one
/// was registered before (the Worker registers one asking the "Dns" section's name servers).
/// </summary>
public static class CrawlingServiceCollectionExtensions
{
    public const string FetcherSection = "Fetcher";
    public const string CrawlerSection = "Crawler";

    public static IServiceCollection AddSiteCrawler(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PageFetcherOptions>().Bind(configuration.GetSection(FetcherSection)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<CrawlOptions>().Bind(configuration.GetSection(CrawlerSection)).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IHostAddressResolver>(SystemHostAddressResolver.Instance);
        services.TryAddSingleton<IPageFetcher>(sp => new SafePageFetcher(
            sp.GetRequiredService<IOptions<PageFetcherOptions>>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetService<ILogger<SafePageFetcher>>(),
            sp.GetRequiredService<IHostAddressResolver>()));
        services.TryAddSingleton(sp => new SiteCrawler(
            sp.GetRequiredService<IPageFetcher>(),
            sp.GetRequiredService<IOptions<CrawlOptions>>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetService<ILogger<SiteCrawler>>()));
        return services;
    }
}
