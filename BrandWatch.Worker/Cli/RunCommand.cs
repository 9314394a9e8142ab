using System.CommandLine;
using BrandWatch.Sqlite;
using BrandWatch.Worker.Pipeline;
using BrandWatch.Worker.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BrandWatch.Worker.Cli;

/// <summary>
/// <c>run [--config FILE] [--set Key=Value]…</c>: the long-running service (generic host, Quartz jobs, the pipeline).
/// Settings come from appsettings.json, the file given, <c>BRANDWATCH_</c> environment variables and <c>--set</c>, in
/// that order. Bad settings stop start-up with one line; Ctrl-C or SIGTERM drains in-flight work and exits 0.
/// </summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var config = new Option<string?>("--config") { Description = "JSON settings file (see docs/worker.md)" };
        var set = new Option<string[]>("--set") { Description = "Override one setting: Section:Key=Value (repeatable)", AllowMultipleArgumentsPerToken = false };
        var command = new Command("run", "Run the Worker service: scheduled feed pulls, pipeline, filing into the Api") { config, set };
        command.SetAction((parse, cancellationToken) =>
            RunAsync(parse.GetValue(config), parse.GetValue(set) ?? [], Console.Error, cancellationToken));
        return command;
    }

    /// <summary>The service host: settings layered as documented, the pipeline, Quartz and the schedule registrar.</summary>
    /// <param name="time">The clock of the host and of Quartz's scheduler; the system clock unless a test drives one.</param>
    public static IHost BuildHost(string? configPath, IReadOnlyDictionary<string, string?> settings, TimeProvider? time = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], ContentRootPath = Directory.GetCurrentDirectory() });
        if (configPath is not null)
        {
            builder.Configuration.AddJsonFile(Path.GetFullPath(configPath), optional: false, reloadOnChange: false);
        }

        builder.Configuration.AddEnvironmentVariables("BRANDWATCH_");
        builder.Configuration.AddInMemoryCollection(settings);
        // Failed lookups are evidence values: Polly's per-attempt stack traces and per-request HttpClient lines are noise.
        builder.Logging.AddFilter("Polly", LogLevel.Error);
        builder.Logging.AddFilter("System.Net.Http.HttpClient", LogLevel.Warning);
        builder.Services.AddWorkerPipeline(builder.Configuration);
        builder.Services.AddWorkerService(builder.Configuration);
        if (time is not null)
        {
            // Quartz runs on the container's TimeProvider, so cron slots and misfires follow this clock too.
            builder.Services.AddSingleton(time);
        }

        var drain = builder.Configuration.GetSection(PipelineOptions.Section).Get<PipelineOptions>()?.DrainTimeout ?? TimeSpan.FromSeconds(20);
        // The content stage drains first, then the pipeline: each may take the drain timeout.
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = drain * 2 + TimeSpan.FromSeconds(15));
        builder.Services.Configure<ConsoleLifetimeOptions>(o => o.SuppressStatusMessages = true);
        return builder.Build();
    }

    public static async Task<int> RunAsync(string? configPath, IReadOnlyList<string> overrides, TextWriter error, CancellationToken cancellationToken)
    {
        if (configPath is not null && !File.Exists(configPath))
        {
            await error.WriteLineAsync($"error: {configPath}: file not found");
            return ExitCodes.BadInput;
        }

        var pairs = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        if (SettingOverrides.AddTo(pairs, overrides) is { } badOverride)
        {
            await error.WriteLineAsync(badOverride);
            return ExitCodes.BadInput;
        }

        using var host = BuildHost(configPath, pairs);
        try
        {
            await host.Services.GetRequiredService<WorkDatabase>().MigrateAsync(TimeProvider.System, cancellationToken);
            await host.RunAsync(cancellationToken);
            return ExitCodes.Success;
        }
        catch (OptionsValidationException ex)
        {
            await error.WriteLineAsync($"error: invalid settings: {string.Join("; ", ex.Failures)}");
            return ExitCodes.BadInput;
        }
        catch (SchemaTooNewException ex)
        {
            await error.WriteLineAsync($"error: {ex.Message}");
            return ExitCodes.BadInput;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return ExitCodes.Success;
        }
    }
}
