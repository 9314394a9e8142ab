using BrandWatch.Worker.Pipeline;
using BrandWatch.Worker.Storage;
using Microsoft.Extensions.Options;
using Quartz;

namespace BrandWatch.Worker.Jobs;

/// <summary>Deletes finished work items, screened rows of old portfolio versions, finished content rows and old job runs.</summary>
internal sealed class PurgeWorkStateJob(JobRunStore runs, WorkStore store, Content.ContentStore content, PortfolioProvider portfolio, IOptions<JobsOptions> options,
    Capture.CaptureStore captures, IOptions<Capture.CaptureOptions> capture, TimeProvider time)
    : RecordedJob(runs)
{
    private readonly JobRunStore _runs = runs;

    protected override async Task<string?> RunAsync(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var version = portfolio.Current?.Version ?? (await portfolio.RefreshAsync(cancellationToken)).Version;
        var (items, screened) = await store.PurgeAsync(options.Value.PurgeAfter, version, cancellationToken);
        var contentRows = await content.PurgeAsync(options.Value.PurgeAfter, cancellationToken);
        var jobRuns = await _runs.PurgeAsync(options.Value.PurgeAfter, cancellationToken);
        // Captured files live at least as long as the work items that name them, so a retried filing finds them.
        var keep = capture.Value.KeepFor > options.Value.PurgeAfter ? capture.Value.KeepFor : options.Value.PurgeAfter;
        var files = captures.Purge(time.GetUtcNow() - keep);
        return $"{items} work items, {screened} screened rows, {contentRows} content rows, {jobRuns} job runs, {files} captured files deleted";
    }
}
