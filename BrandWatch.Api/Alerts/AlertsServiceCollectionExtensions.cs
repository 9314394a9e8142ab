using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.Logging;

namespace BrandWatch.Api.Alerts;

/// <summary>Registers subscriptions, the outbox dispatcher and its senders. Needs the <c>ApiDatabase</c> singleton.</summary>
public static class AlertsServiceCollectionExtensions
{
    public static IServiceCollection AddAlerts(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<AlertOptions>().Bind(configuration.GetSection(AlertOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<SmtpOptions>().Bind(configuration.GetSection(SmtpOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<DataProtectionOptions>().Bind(configuration.GetSection(DataProtectionOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddDataProtection().SetApplicationName("BrandWatch");
        // The key ring lives beside the SQLite file unless configured (on PostgreSQL, every instance must be given the
        // same DataProtection:KeysFolder; without one it sits in the working folder); its lifetime drives rotation.
        services.AddOptions<KeyManagementOptions>().Configure<Storage.ApiDatabase, IOptions<DataProtectionOptions>, ILoggerFactory>((keys, database, options, loggers) =>
        {
            var folder = string.IsNullOrWhiteSpace(options.Value.KeysFolder)
                ? DataProtectionOptions.DefaultFolder(database.SqliteFile ?? Path.Combine(Environment.CurrentDirectory, "brandwatch-postgresql"))
                : Path.GetFullPath(options.Value.KeysFolder);
            keys.XmlRepository = new FileSystemXmlRepository(new DirectoryInfo(folder), loggers);
            keys.NewKeyLifetime = options.Value.KeyLifetime;
        });
        services.TryAddSingleton<WebhookSecrets>();
        services.TryAddSingleton<SubscriptionStore>();
        services.TryAddSingleton<OutboxStore>();
        services.TryAddSingleton<DeliveryStore>();
        services.TryAddSingleton<SubscriptionPreviewStore>();
        services.TryAddSingleton<WebhookSender>();
        services.TryAddSingleton<EmailSender>();
        services.TryAddSingleton<AlertSignal>();
        services.AddHostedService<AlertDispatcher>();
        return services;
    }
}
