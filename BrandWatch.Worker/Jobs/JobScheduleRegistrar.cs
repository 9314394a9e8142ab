using BrandWatch.Worker.Feeds;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Quartz;

namespace BrandWatch.Worker.Jobs;

/// <summary>
/// Makes the persistent Quartz store match the configuration at start-up: a trigger whose cron is unchanged is left
/// alone (so a fire missed while the Worker was down is seen as a misfire and runs once), a changed cron replaces
/// the trigger, and jobs no longer configured are deleted.
/// </summary>
internal sealed class JobScheduleRegistrar(ISchedulerFactory factory, IOptions<JobsOptions> jobs, IOptions<FeedsOptions> feeds, TimeProvider time) : IHostedService
{
    public const string Group = "brandwatch";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var scheduler = await factory.GetScheduler(cancellationToken);
        var wanted = Desired().ToList();
        foreach (var (name, type, cron, data) in wanted)
        {
            await EnsureAsync(scheduler, name, type, cron, data, time, cancellationToken);
        }

        var names = wanted.Select(w => w.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var key in await scheduler.GetJobKeys(GroupMatcher<JobKey>.GroupEquals(Group), cancellationToken))
        {
            if (!names.Contains(key.Name))
            {
                await scheduler.DeleteJob(key, cancellationToken);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>A daily-cron trigger in UTC whose start time is read from <paramref name="time"/>, the scheduler's clock.</summary>
    public static ITrigger CronTrigger(string name, string cron, TimeProvider time) =>
        TriggerBuilder.Create(time)
            .WithIdentity(name, Group)
            .ForJob(name, Group)
            .WithCronSchedule(cron, c => c.InTimeZone(TimeZoneInfo.Utc).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed))
            .Build();

    private IEnumerable<(string Name, Type Type, string Cron, IReadOnlyDictionary<string, string> Data)> Desired()
    {
        var options = jobs.Value;
        foreach (var feed in feeds.Value.Items)
        {
            var cron = string.IsNullOrWhiteSpace(feed.Cron) ? options.PullFeedsCron : feed.Cron;
            if (!string.IsNullOrWhiteSpace(cron))
            {
                yield return ($"pull-feed-{feed.Name}", typeof(PullFeedJob), cron, new Dictionary<string, string> { [PullFeedJob.FeedKey] = feed.Name });
            }
        }

        var empty = new Dictionary<string, string>();
        if (!string.IsNullOrWhiteSpace(options.RecheckCron))
        {
            yield return ("recheck-cases", typeof(RecheckCasesJob), options.RecheckCron, empty);
        }

        if (!string.IsNullOrWhiteSpace(options.TakedownFollowUpCron))
        {
            yield return ("takedown-follow-up", typeof(TakedownFollowUpJob), options.TakedownFollowUpCron, empty);
        }

        if (!string.IsNullOrWhiteSpace(options.RefreshReferenceDataCron) && RefreshReferenceDataJob.Files(options).Any(f => f.Url is not null))
        {
            yield return ("refresh-reference-data", typeof(RefreshReferenceDataJob), options.RefreshReferenceDataCron, empty);
        }

        if (!string.IsNullOrWhiteSpace(options.PurgeCron))
        {
            yield return ("purge-work-state", typeof(PurgeWorkStateJob), options.PurgeCron, empty);
        }
    }

    private static async Task EnsureAsync(IScheduler scheduler, string name, Type type, string cron, IReadOnlyDictionary<string, string> data, TimeProvider time, CancellationToken cancellationToken)
    {
        var jobKey = new JobKey(name, Group);
        var map = new JobDataMap();
        foreach (var (key, value) in data)
        {
            map.Add(key, value);
        }

        var job = JobBuilder.Create().OfType(type).WithIdentity(jobKey).UsingJobData(map).StoreDurably().Build();
        await scheduler.AddJob(job, AddJobOptions.Replacing, cancellationToken);

        var existing = await scheduler.GetTrigger(new TriggerKey(name, Group), cancellationToken) as ICronTrigger;
        if (existing is null)
        {
            try
            {
                await scheduler.ScheduleJob(CronTrigger(name, cron, time), cancellationToken: cancellationToken);
            }
            catch (ObjectAlreadyExistsException)
            {
                // Another instance of the cluster, starting at the same time, scheduled it first: one trigger is enough.
            }
        }
        else if (existing.CronExpressionString != cron)
        {
            await scheduler.RescheduleJob(existing.Key, CronTrigger(name, cron, time), cancellationToken);
        }
    }
}
