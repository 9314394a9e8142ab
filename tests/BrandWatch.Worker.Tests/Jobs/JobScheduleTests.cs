using BrandWatch.Worker.Cli;
using BrandWatch.Worker.Jobs;
using BrandWatch.Worker.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using Quartz;

namespace BrandWatch.Worker.Tests.Jobs;

/// <summary>
/// The persistent schedule across restarts, on a <see cref="FakeTimeProvider"/> that the host and Quartz share: cron slots
/// and misfires are judged on that clock, never on the wall clock, so no run of the tests can land next to a real slot.
/// </summary>
public sealed class JobScheduleTests : IDisposable
{
    private static readonly DateTimeOffset Noon = new(2026, 3, 10, 12, 0, 0, TimeSpan.Zero);

    private readonly TempFolder _folder = new();
    private readonly FakeTimeProvider _clock = new(Noon);

    [Fact]
    public async Task Restart_SameCron_KeepsTheStoredTriggerAndAChangedCronReplacesIt()
    {
        var ct = TestContext.Current.CancellationToken;
        var settings = Settings();
        settings["Feeds:0:Cron"] = "0 0 3 * * ?";

        var first = await TriggerAfterStartAsync(settings, "pull-feed-nrd", ct);
        _clock.Advance(TimeSpan.FromHours(1)); // a trigger made again would start an hour later
        var second = await TriggerAfterStartAsync(settings, "pull-feed-nrd", ct);
        settings["Feeds:0:Cron"] = "0 30 4 * * ?";
        var changed = await TriggerAfterStartAsync(settings, "pull-feed-nrd", ct);

        Assert.Equal("0 0 3 * * ?", first.CronExpressionString);
        Assert.Equal(Noon, first.StartTimeUtc);
        Assert.Equal(first.StartTimeUtc, second.StartTimeUtc);
        Assert.Equal(new DateTimeOffset(2026, 3, 11, 3, 0, 0, TimeSpan.Zero), first.NextFireTimeUtc);
        Assert.Equal(first.NextFireTimeUtc, second.NextFireTimeUtc);
        Assert.Equal("0 30 4 * * ?", changed.CronExpressionString);
        Assert.Equal(new DateTimeOffset(2026, 3, 11, 4, 30, 0, TimeSpan.Zero), changed.NextFireTimeUtc);
    }

    [Fact]
    public async Task Restart_AfterMissingThreeFires_RunsTheJobOnce()
    {
        var ct = TestContext.Current.CancellationToken;
        var settings = Settings();
        settings["Jobs:MisfireThreshold"] = "00:00:00.500";
        settings["Jobs:PurgeCron"] = "0 0 3 * * ?";
        using (var host = await StartHostAsync(settings, ct))
        {
            await host.StopAsync(ct);
        }

        // As if the Worker had been down for three days: the stored trigger's next fire lies three daily slots back.
        await MoveNextFireAsync("purge-work-state", new DateTimeOffset(2026, 3, 7, 3, 0, 0, TimeSpan.Zero), ct);

        using (var host = await StartHostAsync(settings, ct))
        {
            var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler(ct);
            var runs = host.Services.GetRequiredService<JobRunStore>();
            var key = new TriggerKey("purge-work-state", JobScheduleRegistrar.Group);
            await Eventually.HoldsAsync(
                async () => await runs.CountAsync("purge-work-state", ct) > 0
                    && await scheduler.GetTrigger(key, ct) is { } trigger && trigger.NextFireTimeUtc > _clock.GetUtcNow(),
                "the missed purge has run and its trigger points at a slot to come");
            var next = (await scheduler.GetTrigger(key, ct))!.NextFireTimeUtc;

            // One catch-up run, and the trigger moved on to the next slot to come: no further catch-up can follow.
            Assert.Equal(1, await runs.CountAsync("purge-work-state", ct));
            Assert.Equal(new DateTimeOffset(2026, 3, 11, 3, 0, 0, TimeSpan.Zero), next);
            await host.StopAsync(ct);
        }
    }

    private async Task MoveNextFireAsync(string trigger, DateTimeOffset at, CancellationToken ct)
    {
        // Quartz's ADO store keeps fire times as UTC ticks.
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={_folder.File("state")}/worker.db;Pooling=False");
        await connection.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE QRTZ_TRIGGERS SET NEXT_FIRE_TIME = $at WHERE TRIGGER_NAME = $name AND TRIGGER_GROUP = $group";
        command.Parameters.AddWithValue("$at", at.UtcTicks);
        command.Parameters.AddWithValue("$name", trigger);
        command.Parameters.AddWithValue("$group", JobScheduleRegistrar.Group);
        Assert.Equal(1, await command.ExecuteNonQueryAsync(ct));
    }

    private async Task<ICronTrigger> TriggerAfterStartAsync(Dictionary<string, string?> settings, string name, CancellationToken ct)
    {
        using var host = await StartHostAsync(settings, ct);
        var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler(ct);
        var trigger = (ICronTrigger)(await scheduler.GetTrigger(new TriggerKey(name, JobScheduleRegistrar.Group), ct))!; // the registrar created it
        await host.StopAsync(ct);
        return trigger;
    }

    private async Task<IHost> StartHostAsync(Dictionary<string, string?> settings, CancellationToken ct)
    {
        var host = RunCommand.BuildHost(null, settings, _clock);
        await host.Services.GetRequiredService<WorkDatabase>().MigrateAsync(_clock, ct);
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

    public void Dispose() => _folder.Dispose();
}
