using BrandWatch.Worker.Pipeline;
using BrandWatch.Worker.Storage;
using Microsoft.Extensions.Options;
using Quartz;

namespace BrandWatch.Worker.Jobs;

/// <summary>
/// Puts filed cases whose verdict said "monitor" back through enrichment, crawling and scoring once their last look is
/// older than <see cref="JobsOptions.RecheckAfter"/>: a parked domain often turns into a phishing site weeks later.
/// The re-check's filing (a new observation time, perhaps a new verdict) carries a new idempotency key and the Api
/// adds it to the open case for the same (mark, subject, kind): a raised priority re-opens a decided case.
/// </summary>
internal sealed class RecheckCasesJob(JobRunStore runs, WorkStore store, DomainPipeline pipeline, IOptions<JobsOptions> options) : RecordedJob(runs)
{
    protected override async Task<string?> RunAsync(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var due = await store.MonitoredAsync(options.Value.RecheckAfter, 10_000, cancellationToken);
        var reopened = 0;
        foreach (var (domain, mark) in due)
        {
            if (await pipeline.RecheckAsync(domain, mark, cancellationToken))
            {
                reopened++;
            }
        }

        return $"{reopened} of {due.Count} monitored cases re-opened";
    }
}
