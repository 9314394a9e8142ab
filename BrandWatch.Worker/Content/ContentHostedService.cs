using Microsoft.Extensions.Hosting;

namespace BrandWatch.Worker.Content;

/// <summary>Starts the content stage with the host (when enabled) and drains it on shutdown, before the pipeline drains.</summary>
internal sealed class ContentHostedService(ContentStage stage) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        stage.Start();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => stage.StopAsync();
}
