using BrandWatch.Rules.Cases;

namespace BrandWatch.Worker.Sightings;

/// <summary>Reports names seen again to the system of record (the Api client).</summary>
internal interface ISightingReporter
{
    /// <summary>Sends a batch; says whether it was taken, refused for good (a 4xx: sending again would not help) or not reached.</summary>
    Task<SightingDelivery> ReportAsync(IReadOnlyList<SightingReport> reports, CancellationToken cancellationToken);
}
