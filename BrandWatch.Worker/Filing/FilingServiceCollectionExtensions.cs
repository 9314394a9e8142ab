using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace BrandWatch.Worker.Filing;

/// <summary>Registers <see cref="ApiClient"/> with its base address, key and retry-with-backoff policy.</summary>
internal static class FilingServiceCollectionExtensions
{
    public static IServiceCollection AddApiClient(this IServiceCollection services)
    {
        services.AddHttpClient<ApiClient>((provider, http) =>
            {
                var options = provider.GetRequiredService<IOptions<ApiOptions>>().Value;
                http.BaseAddress = options.BaseUrl;
                http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", options.Key);
                http.Timeout = Timeout.InfiniteTimeSpan;
            })
            .AddResilienceHandler("api", (pipeline, context) =>
            {
                var options = context.ServiceProvider.GetRequiredService<IOptions<ApiOptions>>().Value;
                pipeline.AddTimeout(options.Timeout * Math.Max(1, options.Retries + 1));
                if (options.Retries > 0)
                {
                    pipeline.AddRetry(new HttpRetryStrategyOptions
                    {
                        MaxRetryAttempts = options.Retries,
                        Delay = options.RetryDelay,
                        BackoffType = DelayBackoffType.Exponential,
                        UseJitter = true,
                    });
                }

                pipeline.AddTimeout(options.Timeout);
            });
        return services;
    }
}
