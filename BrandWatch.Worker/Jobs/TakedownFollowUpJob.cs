using BrandWatch.Rules.Cases;
using BrandWatch.Worker.Filing;
using BrandWatch.Worker.Storage;
using BrandWatch.Worker.Takedowns;
using Microsoft.Extensions.Options;
using Quartz;

namespace BrandWatch.Worker.Jobs;

/// <summary>
/// The takedown follow-up: asks the Api which cases have a report under way (or resolved) and were not looked at for
/// <see cref="JobsOptions.TakedownCheckAfter"/>, looks at each site (<see cref="SiteChecker"/>) and files what it saw.
/// The Api dates a gone site on the reports and turns a gone site that is back into <c>re-emerged</c>, with alerts.
/// </summary>
internal sealed class TakedownFollowUpJob(JobRunStore runs, ApiClient api, SiteChecker checker, IOptions<JobsOptions> options, TimeProvider time) : RecordedJob(runs)
{
    /// <summary>Cases looked at per run; the rest wait for the next run, oldest look first.</summary>
    public const int BatchSize = 500;

    protected override async Task<string?> RunAsync(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await RunOnceAsync(cancellationToken);

    /// <summary>One pass, as a scheduled run makes it; returns the run's summary.</summary>
    public async Task<string> RunOnceAsync(CancellationToken cancellationToken)
    {
        var due = await api.GetTakedownWatchAsync(time.GetUtcNow() - options.Value.TakedownCheckAfter, BatchSize, cancellationToken);
        var counts = new Dictionary<SiteCheckResult, int>();
        var reemerged = 0;
        foreach (var watch in due.Items)
        {
            var check = await checker.CheckAsync(watch, cancellationToken);
            if (await api.PostSiteCheckAsync(watch.CaseId, check, cancellationToken))
            {
                counts[check.Result] = counts.GetValueOrDefault(check.Result) + 1;
                reemerged += watch.Gone && check.Result == SiteCheckResult.Live ? 1 : 0;
            }
        }

        var gone = counts.Where(c => SiteCheck.IsGone(c.Key)).Sum(c => c.Value);
        return $"{due.Items.Count} site(s) looked at: {gone} gone, {counts.GetValueOrDefault(SiteCheckResult.Live)} live ({reemerged} re-emerged), " +
               $"{counts.GetValueOrDefault(SiteCheckResult.Inconclusive)} inconclusive";
    }
}
