namespace BrandWatch.Api.Exports;

/// <summary>Writes one export format to a stream: a head, each case as it is read, then the tail.</summary>
internal interface IExportWriter : IAsyncDisposable
{
    Task StartAsync(CancellationToken cancellationToken);

    Task WriteAsync(ExportCase item, CancellationToken cancellationToken);

    Task EndAsync(CancellationToken cancellationToken);
}
