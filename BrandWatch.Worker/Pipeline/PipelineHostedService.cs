using Microsoft.Extensions.Hosting;

namespace BrandWatch.Worker.Pipeline;

/// <summary>Starts the pipeline's stage loops with the host and drains them on Ctrl-C / SIGTERM.</summary>
internal sealed class PipelineHostedService(DomainPipeline pipeline) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        pipeline.Start();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => pipeline.StopAsync();
}
