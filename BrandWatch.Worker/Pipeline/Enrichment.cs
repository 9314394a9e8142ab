using BrandWatch.Rules.Evidence;

namespace BrandWatch.Worker.Pipeline;

/// <summary>What the enrich stage found: DNS, registration data and the network of each address (null: not looked up).</summary>
internal sealed record Enrichment(DnsEvidence? Dns, RegistrationEvidence? Registration, IReadOnlyList<NetworkEvidence>? Networks);
