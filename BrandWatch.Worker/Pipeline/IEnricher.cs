namespace BrandWatch.Worker.Pipeline;

/// <summary>Gathers DNS, registration and hosting-network data for a matched domain.</summary>
internal interface IEnricher
{
    Task<Enrichment> EnrichAsync(string domain, CancellationToken cancellationToken);
}
