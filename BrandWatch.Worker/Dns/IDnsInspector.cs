using BrandWatch.Rules.Evidence;

namespace BrandWatch.Worker.Dns;

/// <summary>Looks a domain up in DNS and returns what it saw; failures are outcomes in the evidence, never exceptions.</summary>
public interface IDnsInspector
{
    Task<DnsEvidence> InspectAsync(string domain, CancellationToken ct);
}
