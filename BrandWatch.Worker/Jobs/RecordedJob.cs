using BrandWatch.Worker.Storage;
using Quartz;

namespace BrandWatch.Worker.Jobs;

/// <summary>Base of the Worker's jobs: records each run in <c>job_run</c> and turns a failure into a logged outcome.</summary>
[DisallowConcurrentExecution]
internal abstract class RecordedJob(JobRunStore runs) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var name = context.JobDetail.Key.Name;
        var id = await runs.StartAsync(name, cancellationToken);
        try
        {
            var detail = await RunAsync(context, cancellationToken);
            await runs.FinishAsync(id, "ok", detail, CancellationToken.None);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await runs.FinishAsync(id, "cancelled", null, CancellationToken.None);
        }
        catch (Exception ex)
        {
            await runs.FinishAsync(id, "failed", ex.Message, CancellationToken.None);
            throw new JobExecutionException(ex) { RefireImmediately = false };
        }
    }

    protected abstract Task<string?> RunAsync(IJobExecutionContext context, CancellationToken cancellationToken);
}
