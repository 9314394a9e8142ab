using BrandWatch.Worker.Content;
using BrandWatch.Worker.Feeds;
using BrandWatch.Worker.Filing;
using BrandWatch.Worker.Jobs;
using BrandWatch.Worker.Pipeline;
using BrandWatch.Worker.Storage;
using BrandWatch.Worker.Crawling;
using BrandWatch.Worker.Dns;
using BrandWatch.Worker.Registration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Quartz;

namespace BrandWatch.Worker;

/// <summary>The Worker's composition: options (validated on start), stores, stages, the Api client and, for <c>run</c>, Quartz.</summary>
internal static class WorkerServices
{
    public static IServiceCollection AddWorkerPipeline(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddOptions<WorkerOptions>().Bind(configuration.GetSection(WorkerOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ApiOptions>().Bind(configuration.GetSection(ApiOptions.Section))
            .PostConfigure(o =>
            {
                // A missing or unreadable key file leaves the key empty, and validation names Api:Key at start-up.
                if (string.IsNullOrEmpty(o.Key) && !string.IsNullOrEmpty(o.KeyFile) && File.Exists(o.KeyFile))
                {
                    o.Key = File.ReadAllText(o.KeyFile).Trim();
                }
            })
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<PipelineOptions>().Bind(configuration.GetSection(PipelineOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ContentOptions>().Bind(configuration.GetSection(ContentOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<PortfolioOptions>().Bind(configuration.GetSection(PortfolioOptions.Section));
        services.AddOptions<JobsOptions>().Bind(configuration.GetSection(JobsOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<FeedsOptions>().Configure(o => configuration.GetSection(FeedsOptions.Section).Bind(o.Items)).ValidateDataAnnotations().ValidateOnStart();

        services.AddSingleton(provider => provider.GetRequiredService<IOptions<WorkerOptions>>().Value.OpenDatabase());
        services.AddSingleton<FeedCursorStore>();
        services.AddSingleton<WorkStore>();
        services.AddSingleton<JobRunStore>();

        services.AddDnsInspector(configuration);
        services.AddRegistrationLookup(configuration);
        // The refresh job keeps a newer IANA bootstrap in the state folder; use it when no file is configured.
        services.PostConfigure<RegistrationOptions>(o =>
        {
            var state = configuration.GetSection(WorkerOptions.Section).Get<WorkerOptions>() ?? new WorkerOptions();
            var refreshed = Path.Combine(state.StateFolder, "reference", Jobs.RefreshReferenceDataJob.RdapBootstrapFile);
            if (o.BootstrapFile is null && File.Exists(refreshed))
            {
                o.BootstrapFile = refreshed;
            }

            // The number bootstraps ship with no copy: point at where the job writes them, present yet or not.
            var reference = Path.Combine(state.StateFolder, "reference");
            o.Ipv4BootstrapFile ??= Path.Combine(reference, Jobs.RefreshReferenceDataJob.RdapIpv4BootstrapFile);
            o.Ipv6BootstrapFile ??= Path.Combine(reference, Jobs.RefreshReferenceDataJob.RdapIpv6BootstrapFile);
            o.AsnBootstrapFile ??= Path.Combine(reference, Jobs.RefreshReferenceDataJob.RdapAsnBootstrapFile);
        });
        services.AddSingleton<EvidenceEnricher>();
        // The crawl stage fetches through the safe fetcher, resolving names with the name servers the DNS evidence came from.
        services.AddSingleton<IHostAddressResolver, DnsHostAddressResolver>();
        services.AddSiteCrawler(configuration);
        services.AddOptions<Capture.CaptureOptions>().Bind(configuration.GetSection(Capture.CaptureOptions.Section))
            .PostConfigure<IOptions<WorkerOptions>>((o, worker) => o.Folder = Path.Combine(worker.Value.StateFolder, o.Folder))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<Capture.CaptureStore>();
        services.AddSingleton<Capture.DnsAnswerCapture>();
        services.AddSingleton<Capture.ChromiumScreenshots>();
        services.AddSingleton<Capture.PageCapturer>();
        services.AddSingleton<SitePageCrawler>();
        services.AddSingleton<RulesCaseScorer>();
        services.AddApiClient();
        services.AddSingleton<Filing.FilingBatcher>(); // filings sent in batches (issue 18)
        services.AddSingleton<Sightings.SightingOutbox>(); // names seen again (issue 15)
        services.AddOptions<Presence.PresenceOptions>().Bind(configuration.GetSection(Presence.PresenceOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<Presence.PresenceStore>(); // no flapping (issue 15)
        services.AddSingleton<PortfolioProvider>();
        services.AddSingleton<OwnerDomainCheck>();
        services.AddSingleton<DomainPipeline>();
        services.AddSingleton<ContentStore>();
        services.AddSingleton<ContentSignal>();
        services.AddSingleton<ContentScreener>();
        services.AddSingleton<ContentStage>();
        services.AddSingleton<Takedowns.SiteChecker>(); // the takedown follow-up's look at a site (issue 17)

        services.AddHttpClient(FeedFactory.HttpClientName, http => http.Timeout = TimeSpan.FromMinutes(10));
        services.AddSingleton<Feeds.CertificateTransparency.CtHeadStore>(); // the last verified head of each CT log
        services.AddSingleton<FeedFactory>();
        return services;
    }

    /// <summary>
    /// Quartz with its persistent store beside the work state (the Worker's SQLite file, or the shared PostgreSQL database
    /// with clustering on, so that each scheduled fire runs on one instance), the schedule registrar and the pipeline host.
    /// </summary>
    public static IServiceCollection AddWorkerService(this IServiceCollection services, IConfiguration configuration)
    {
        var state = configuration.GetSection(WorkerOptions.Section).Get<WorkerOptions>() ?? new WorkerOptions();
        var jobs = configuration.GetSection(JobsOptions.Section).Get<JobsOptions>() ?? new JobsOptions();
        var (postgres, connectionString) = WorkDatabase.Problem(state.ConnectionString) is null && !string.IsNullOrWhiteSpace(state.ConnectionString)
            ? WorkDatabase.Split(state.ConnectionString)
            : (false, new WorkDatabase(state.DatabasePath).ConnectionString);
        services.AddQuartz(q =>
        {
            q.UseDefaultThreadPool(pool => pool.MaxConcurrency = 4);
            if (postgres)
            {
                // The scheduler name is what makes the instances one cluster; each needs an id of its own (Quartz
                // generates one for a clustered store unless Worker:InstanceId names it).
                q.ConfigureScheduler(o =>
                {
                    o.InstanceName = "brandwatch-worker";
                    if (!string.IsNullOrWhiteSpace(state.InstanceId))
                    {
                        o.InstanceId = state.InstanceId.Trim();
                    }
                });
            }

            q.UsePersistentStore(s =>
            {
                if (postgres)
                {
                    s.UsePostgres(connectionString);
                    s.UseClustering();
                }
                else
                {
                    s.UseSqlite(connectionString);
                }

                s.UseSystemTextJsonSerializer();
                s.ProvisionSchema();
                s.ConfigureStore(store => store.MisfireThreshold = jobs.MisfireThreshold);
            });
        });
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        services.AddHostedService<JobScheduleRegistrar>();
        services.AddHostedService<PipelineHostedService>();
        // Registered after the pipeline, so it stops first: its last page cases reach a pipeline still draining.
        services.AddHostedService<ContentHostedService>();
        return services;
    }
}
