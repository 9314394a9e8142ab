using BrandWatch.Worker.Feeds;
using BrandWatch.Worker.Pipeline;
using BrandWatch.Worker.Storage;
using Quartz;

namespace BrandWatch.Worker.Jobs;

/// <summary>Reads one feed from its cursor through the screen stage; the rest of the pipeline takes it from there.</summary>
internal sealed class PullFeedJob(JobRunStore runs, FeedFactory feeds, DomainPipeline pipeline) : RecordedJob(runs)
{
    public const string FeedKey = "feed";

    protected override async Task<string?> RunAsync(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var name = context.MergedJobDataMap.GetString(FeedKey) ?? throw new JobExecutionException("no feed name in the job data");
        var result = await pipeline.PullAsync(feeds.Create(name), cancellationToken);
        return $"{result.Read} read, {result.Rejected} rejected, {result.AlreadyScreened} already screened, {result.Screened} screened, {result.Matched} new cases";
    }
}
