using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using BrandWatch.Sqlite;
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
        // The key ring lives beside the database unless configured; its lifetime drives automatic rotation.
        services.AddOptions<KeyManagementOptions>().Configure<SqliteDatabase, IOptions<DataProtectionOptions>, ILoggerFactory>((keys, database, options, loggers) =>
        {
            var folder = string.IsNullOrWhiteSpace(options.Value.KeysFolder) ? DataProtectionOptions.DefaultFolder(database.DataSource) : Path.GetFullPath(options.Value.KeysFolder);
            keys.XmlRepository = new FileSystemXmlRepository(new DirectoryInfo(folder), loggers);
            keys.NewKeyLifetime = options.Value.KeyLifetime;
        });
        services.TryAddSingleton<WebhookSecrets>();
        services.TryAddSingleton<AlertStore>();
        services.TryAddSingleton<WebhookSender>();
        services.TryAddSingleton<EmailSender>();
        services.TryAddSingleton<AlertSignal>();
        services.AddHostedService<AlertDispatcher>();
        return services;
    }
}
