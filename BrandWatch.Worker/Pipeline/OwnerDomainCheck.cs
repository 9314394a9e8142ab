using BrandWatch.Rules.Evidence;
using BrandWatch.Rules.Marks;
using BrandWatch.Worker.Dns;

namespace BrandWatch.Worker.Pipeline;

/// <summary>
/// The score stage's owner-domain test: gathers the owner's official domains (the mark's and those of the owner's other
/// marks) and, when the match uses a name or mail server under one of them, looks those domains up in DNS (through the
/// inspector's TTL cache, so each official domain is asked once per cache lifetime), then lets
/// <see cref="OwnerDomainRecognition"/> decide.
/// </summary>
internal sealed class OwnerDomainCheck(PortfolioProvider portfolio, DnsInspector dns)
{
    public async Task<OwnerDomainFinding?> RecogniseAsync(Mark mark, string domain, CaseEvidence evidence, CancellationToken cancellationToken)
    {
        var snapshot = portfolio.Current ?? await portfolio.RefreshAsync(cancellationToken);
        var officialDomains = snapshot.Portfolio.Marks
            .Where(m => m == mark || (mark.Owner is not null && string.Equals(m.Owner, mark.Owner, StringComparison.OrdinalIgnoreCase)))
            .SelectMany(m => m.OfficialDomains)
            .Select(d => d.Trim().TrimEnd('.').ToLowerInvariant())
            .Where(d => d.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var official = new OfficialDomainsEvidence { Domains = officialDomains };
        if (UsesServerUnder(evidence.Dns, officialDomains))
        {
            var lookups = await Task.WhenAll(officialDomains.Select(d => dns.InspectAsync(d, cancellationToken)));
            official = official with { Dns = lookups.Where(l => l.Outcome == DnsOutcome.Resolved).ToList() };
        }

        return OwnerDomainRecognition.Recognise(domain, mark.Owner, evidence, official, snapshot.Rules.Screening.CorporateWords);
    }

    // Only a server under an official domain can count, so the official domains are looked up only then.
    private static bool UsesServerUnder(DnsEvidence? evidence, IReadOnlyList<string> officialDomains) =>
        evidence is not null && evidence.NameServers.Concat(evidence.Mx).Any(server =>
        {
            var host = server.TrimEnd('.').ToLowerInvariant();
            return officialDomains.Any(d => host.EndsWith("." + d, StringComparison.Ordinal));
        });
}
