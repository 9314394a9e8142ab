using System.CommandLine;
using System.CommandLine.Invocation;
using BrandWatch.Sqlite;
using BrandWatch.Worker.Content;
using BrandWatch.Worker.Feeds;
using BrandWatch.Worker.Pipeline;
using BrandWatch.Worker.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BrandWatch.Worker.Cli;

/// <summary>
/// <c>scan … --file-to URL</c>: runs the scanned feed through the whole pipeline (enrich, crawl, score) and files the
/// cases into the Api at URL, then waits until every case is filed or <c>--wait</c> passes. The work state lives in
/// <c>--state</c> (default <c>./brandwatch-state</c>), so running the same scan again files nothing twice and resumes
/// what an interrupted run left.
/// </summary>
internal static class ScanFileTo
{
    public static void Attach(Command scan)
    {
        var fileTo = new Option<string?>("--file-to") { Description = "File the cases into the Api at this base URL (key from BRANDWATCH_API_KEY or --api-key-file)" };
        var apiKeyFile = new Option<string?>("--api-key-file") { Description = "File holding the API key with the worker role (default: environment BRANDWATCH_API_KEY)" };
        var apiKey = new Option<string?>("--api-key") { Description = "API key on the command line: visible in the process list, prefer BRANDWATCH_API_KEY or --api-key-file" };
        var state = new Option<string>("--state") { Description = "Work-state folder for --file-to", DefaultValueFactory = _ => "brandwatch-state" };
        var wait = new Option<TimeSpan>("--wait") { Description = "How long --file-to waits for the last filings", DefaultValueFactory = _ => TimeSpan.FromMinutes(10) };
        var set = new Option<string[]>("--set") { Description = "With --file-to: override a setting, Section:Key=Value (repeatable)" };
        var content = new Option<bool>("--content")
        {
            Description = "With --file-to: also fetch and analyse the live pages of every domain (content screening; off by default in scan)",
        };
        scan.Options.Add(fileTo);
        scan.Options.Add(apiKey);
        scan.Options.Add(apiKeyFile);
        scan.Options.Add(state);
        scan.Options.Add(wait);
        scan.Options.Add(set);
        scan.Options.Add(content);
        var screenOnly = scan.Action as AsynchronousCommandLineAction;
        scan.SetAction(async (parse, cancellationToken) =>
        {
            if (parse.GetValue(fileTo) is not { } url)
            {
                return screenOnly is null ? ExitCodes.BadInput : await screenOnly.InvokeAsync(parse, cancellationToken);
            }

            var keyFile = parse.GetValue(apiKeyFile);
            var key = await ResolveKeyAsync(parse.GetValue(apiKey), keyFile, Environment.GetEnvironmentVariable("BRANDWATCH_API_KEY"), Console.Error, cancellationToken);
            if (key is null && keyFile is not null)
            {
                return ExitCodes.BadInput;
            }

            return await RunAsync(parse.GetRequiredValue<string>("--marks"), parse.GetRequiredValue<string>("--domains"), url, key,
                parse.GetValue(state)!, parse.GetValue(wait), parse.GetValue(set) ?? [], Console.Out, Console.Error, cancellationToken, parse.GetValue(content));
        });
    }

    /// <summary>
    /// The worker key: from <c>--api-key-file</c>, else <c>--api-key</c> (with a warning: the command line shows in
    /// <c>ps</c> to every user of the machine), else the environment. Null when there is none, or when the file is
    /// missing or unreadable (then one error line is written).
    /// </summary>
    public static async Task<string?> ResolveKeyAsync(string? commandLine, string? file, string? environment, TextWriter error, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrEmpty(file))
        {
            if (!File.Exists(file))
            {
                await error.WriteLineAsync($"error: --api-key-file {file}: file not found");
                return null;
            }

            try
            {
                var text = (await File.ReadAllTextAsync(file, cancellationToken)).Trim();
                if (text.Length > 0)
                {
                    return text;
                }

                await error.WriteLineAsync($"error: --api-key-file {file}: the file is empty");
                return null;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                await error.WriteLineAsync($"error: --api-key-file {file}: cannot be read: {ex.Message}");
                return null;
            }
        }

        if (!string.IsNullOrEmpty(commandLine))
        {
            await error.WriteLineAsync("warning: --api-key is visible to every user of this machine (ps); pass the key in BRANDWATCH_API_KEY or --api-key-file instead");
            return commandLine;
        }

        return string.IsNullOrEmpty(environment) ? null : environment;
    }

    public static async Task<int> RunAsync(string marks, string domains, string apiUrl, string? key, string stateFolder, TimeSpan wait,
        IReadOnlyList<string> overrides, TextWriter output, TextWriter error, CancellationToken cancellationToken, bool content = false)
    {
        if (!Uri.TryCreate(apiUrl, UriKind.Absolute, out var api) || (api.Scheme != Uri.UriSchemeHttp && api.Scheme != Uri.UriSchemeHttps))
        {
            await error.WriteLineAsync($"error: --file-to {apiUrl}: expected the Api's absolute http(s) base URL, e.g. http://127.0.0.1:5080/");
            return ExitCodes.BadInput;
        }

        if (domains == "-")
        {
            await error.WriteLineAsync("error: --file-to needs a feed file: standard input cannot be resumed");
            return ExitCodes.BadInput;
        }

        if (string.IsNullOrEmpty(key))
        {
            await error.WriteLineAsync("error: --file-to needs an API key: BRANDWATCH_API_KEY, --api-key-file FILE or --api-key");
            return ExitCodes.BadInput;
        }

        foreach (var path in new[] { marks, domains })
        {
            if (!File.Exists(path) && !Directory.Exists(path))
            {
                await error.WriteLineAsync($"error: {path}: file not found");
                return ExitCodes.BadInput;
            }
        }

        var settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["Worker:StateFolder"] = stateFolder,
            ["Api:BaseUrl"] = api.ToString(),
            ["Api:Key"] = key,
            ["Portfolio:Path"] = marks,
            // A scan stays quick and touches no site of an unmatched domain unless asked to (--content).
            [$"{ContentOptions.Section}:{nameof(ContentOptions.Enabled)}"] = content ? "true" : "false",
        };
        if (SettingOverrides.AddTo(settings, overrides) is { } badOverride)
        {
            await error.WriteLineAsync(badOverride);
            return ExitCodes.BadInput;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        // A failed RDAP or DNS lookup is recorded as unknown evidence; its retries are not the user's concern.
        services.AddLogging(l => l.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning)
            .AddFilter("Polly", LogLevel.None).AddFilter("System.Net.Http.HttpClient", LogLevel.Error));
        services.AddWorkerPipeline(configuration);
        await using var provider = services.BuildServiceProvider();
        try
        {
            foreach (var validate in new Action[]
                     {
                         () => _ = provider.GetRequiredService<IOptions<WorkerOptions>>().Value,
                         () => _ = provider.GetRequiredService<IOptions<Filing.ApiOptions>>().Value,
                         () => _ = provider.GetRequiredService<IOptions<PipelineOptions>>().Value,
                         () => _ = provider.GetRequiredService<IOptions<Crawling.PageFetcherOptions>>().Value,
                         () => _ = provider.GetRequiredService<IOptions<Crawling.CrawlOptions>>().Value,
                         () => _ = provider.GetRequiredService<IOptions<Dns.DnsInspectorOptions>>().Value,
                         () => _ = provider.GetRequiredService<IOptions<ContentOptions>>().Value,
                     })
            {
                validate();
            }

            await provider.GetRequiredService<WorkDatabase>().MigrateAsync(TimeProvider.System, cancellationToken);
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

        var pipeline = provider.GetRequiredService<DomainPipeline>();
        var contentStage = provider.GetRequiredService<ContentStage>();
        pipeline.Start();
        contentStage.Start();
        try
        {
            var result = await pipeline.PullAsync(new FileFeed("scan:" + Path.GetFullPath(domains), domains), cancellationToken);
            await output.WriteLineAsync($"domains: {result.Read} read, {result.Rejected} rejected, {result.AlreadyScreened} already screened, {result.Screened} screened, {result.Matched} new cases");
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            deadline.CancelAfter(wait);
            try
            {
                if (content)
                {
                    await contentStage.WaitIdleAsync(deadline.Token);
                }

                await pipeline.WaitIdleAsync(deadline.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // Waited long enough; what is open stays in the work state for the next run.
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await contentStage.StopAsync();
            await pipeline.StopAsync();
            return ExitCodes.Cancelled;
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException)
        {
            await error.WriteLineAsync($"error: {ex.Message}");
            return ExitCodes.BadInput;
        }

        await contentStage.StopAsync();
        await pipeline.StopAsync();
        long contentPending = 0;
        if (content)
        {
            var screened = await provider.GetRequiredService<ContentStore>().CountsAsync(CancellationToken.None);
            contentPending = screened.GetValueOrDefault(nameof(ContentStatus.Pending));
            await output.WriteLineAsync(
                $"content: {screened.GetValueOrDefault(nameof(ContentStatus.Cased))} with page cases, {screened.GetValueOrDefault(nameof(ContentStatus.Screened))} screened without, " +
                $"{screened.GetValueOrDefault(nameof(ContentStatus.Skipped))} not fetched, {screened.GetValueOrDefault(nameof(ContentStatus.Pending))} still pending");
        }

        var store = provider.GetRequiredService<WorkStore>();
        var counts = await store.CountsAsync(CancellationToken.None);
        var open = counts.Where(c => c.Key is not (nameof(WorkStage.Filed) or nameof(WorkStage.Dropped) or nameof(WorkStage.OwnerDomain))).Sum(c => c.Value);
        await output.WriteLineAsync($"cases: {pipeline.FiledCount} filed into {api} now, {counts.GetValueOrDefault(nameof(WorkStage.Filed))} filed in all, {counts.GetValueOrDefault(nameof(WorkStage.Dropped))} not filed, {counts.GetValueOrDefault(nameof(WorkStage.OwnerDomain))} the owner's own, {open} still open");
        foreach (var (domain, mark, rule, evidence) in await store.OwnerDomainsAsync(CancellationToken.None))
        {
            await output.WriteLineAsync($"owner-domain: {domain} ({mark}) by {rule}: {evidence}");
        }

        return open == 0 && contentPending == 0 ? ExitCodes.Success : ExitCodes.Failures;
    }
}
