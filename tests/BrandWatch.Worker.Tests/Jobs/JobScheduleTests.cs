using System.Globalization;
using BrandWatch.Worker.Cli;
using BrandWatch.Worker.Jobs;
using BrandWatch.Worker.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Quartz;

namespace BrandWatch.Worker.Tests.Jobs;

public sealed class JobScheduleTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task Restart_SameCron_KeepsTheStoredTriggerAndAChangedCronReplacesIt()
    {
        var ct = TestContext.Current.CancellationToken;
        var settings = Settings();
        settings["Feeds:0:Cron"] = "0 0 3 * * ?";

        var first = await TriggerAfterStartAsync(settings, "pull-feed-nrd", ct);
        var second = await TriggerAfterStartAsync(settings, "pull-feed-nrd", ct);
        settings["Feeds:0:Cron"] = "0 30 4 * * ?";
        var changed = await TriggerAfterStartAsync(settings, "pull-feed-nrd", ct);

        Assert.Equal("0 0 3 * * ?", first.CronExpressionString);
        Assert.Equal(first.StartTimeUtc, second.StartTimeUtc);
        Assert.Equal(first.NextFireTimeUtc, second.NextFireTimeUtc);
        Assert.Equal("0 30 4 * * ?", changed.CronExpressionString);
        Assert.Equal(4, changed.NextFireTimeUtc!.Value.Hour);
    }

    [Fact]
    public async Task Restart_AfterMissingThreeFires_RunsTheJobOnce()
    {
        var ct = TestContext.Current.CancellationToken;
        var settings = Settings();
        settings["Jobs:MisfireThreshold"] = "00:00:00.500";
        var slots = FutureSlots(DateTimeOffset.UtcNow.AddSeconds(3), 3);
        settings["Jobs:PurgeCron"] = CronFor(slots);

        using (var host = await StartHostAsync(settings, ct))
        {
            await host.StopAsync(ct); // down before the first slot
        }

        while (DateTimeOffset.UtcNow < slots[^1].AddSeconds(1.5))
        {
            await Task.Delay(200, ct);
        }

        using (var host = await StartHostAsync(settings, ct))
        {
            var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler(ct);
            var runs = host.Services.GetRequiredService<JobRunStore>();
            var key = new TriggerKey("purge-work-state", JobScheduleRegistrar.Group);
            while (await runs.CountAsync("purge-work-state", ct) == 0 || await scheduler.GetTrigger(key, ct) is { } t && t.NextFireTimeUtc is not null)
            {
                await Task.Delay(100, ct);
            }

            await Task.Delay(1000, ct); // room for any further (wrong) catch-up runs
            Assert.Equal(1, await runs.CountAsync("purge-work-state", ct));
            await host.StopAsync(ct);
        }
    }

    private async Task<ICronTrigger> TriggerAfterStartAsync(Dictionary<string, string?> settings, string name, CancellationToken ct)
    {
        using var host = await StartHostAsync(settings, ct);
        var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler(ct);
        var trigger = (ICronTrigger)(await scheduler.GetTrigger(new TriggerKey(name, JobScheduleRegistrar.Group), ct))!; // the registrar created it
        await host.StopAsync(ct);
        return trigger;
    }

    private static async Task<IHost> StartHostAsync(Dictionary<string, string?> settings, CancellationToken ct)
    {
        var host = RunCommand.BuildHost(null, settings);
        await host.Services.GetRequiredService<WorkDatabase>().MigrateAsync(TimeProvider.System, ct);
        await host.StartAsync(ct);
        return host;
    }

    private Dictionary<string, string?> Settings()
    {
        var feed = _folder.File("feed.txt");
        File.WriteAllText(feed, "quiet-garden.org\n");
        return new Dictionary<string, string?>
        {
            ["Worker:StateFolder"] = _folder.File("state"),
            ["Api:BaseUrl"] = "http://127.0.0.1:9/",
            ["Api:Key"] = "unused-key-0001",
            ["Portfolio:Path"] = RepoPaths.Of("samples", "marks.json"),
            ["Feeds:0:Name"] = "nrd",
            ["Feeds:0:Path"] = feed,
            ["Jobs:PullFeedsCron"] = "0 0 3 * * ?",
            ["Jobs:RecheckCron"] = "",
            ["Jobs:PurgeCron"] = "",
            ["Pipeline:DrainTimeout"] = "00:00:01",
            // The feed's domain would otherwise be resolved and fetched by content screening, beyond loopback.
            ["Content:Enabled"] = "false",
        };
    }

    private static List<DateTimeOffset> FutureSlots(DateTimeOffset from, int count)
    {
        var start = new DateTimeOffset(from.Year, from.Month, from.Day, from.Hour, from.Minute, from.Second, TimeSpan.Zero);
        if (start.Second + count > 59)
        {
            start = start.AddSeconds(60 - start.Second + 1);
        }

        return Enumerable.Range(0, count).Select(i => start.AddSeconds(i)).ToList();
    }

    private static string CronFor(List<DateTimeOffset> slots)
    {
        var first = slots[0];
        var seconds = string.Join(',', slots.Select(s => s.Second.ToString(CultureInfo.InvariantCulture)));
        return string.Create(CultureInfo.InvariantCulture, $"{seconds} {first.Minute} {first.Hour} {first.Day} {first.Month} ? {first.Year}");
    }

    public void Dispose() => _folder.Dispose();
}
