namespace BrandWatch.Rules.Evidence;

/// <summary>
/// What changed between two looks at a case's subject: its addresses, name servers and mail servers, its registrar and
/// registrant, the fingerprint of each page both looks fetched, and its certificate. A field either look does not
/// know (a resolver that timed out, a page not fetched, a registry that did not answer) is not a change: unknown
/// evidence never reads as new evidence.
/// </summary>
public static class EvidenceDiff
{
    public static IReadOnlyList<EvidenceChange> Between(CaseEvidence before, CaseEvidence after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var changes = new List<EvidenceChange>();
        if (Answered(before.Dns) is { } oldDns && Answered(after.Dns) is { } newDns)
        {
            Compare(changes, "dns.a", Set(oldDns.A), Set(newDns.A));
            Compare(changes, "dns.aaaa", Set(oldDns.Aaaa), Set(newDns.Aaaa));
            Compare(changes, "dns.ns", Set(oldDns.NameServers), Set(newDns.NameServers));
            Compare(changes, "dns.mx", Set(oldDns.Mx), Set(newDns.Mx));
        }

        Compare(changes, "registration.registrar", before.Registration?.RegistrarName, after.Registration?.RegistrarName);
        Compare(changes, "registration.registrant", before.Registration?.RegistrantOrganisation, after.Registration?.RegistrantOrganisation);
        Compare(changes, "registration.country", before.Registration?.RegistrantCountry, after.Registration?.RegistrantCountry);

        foreach (var page in after.Pages)
        {
            if (before.Pages.FirstOrDefault(p => p.Url == page.Url) is { } earlier)
            {
                Compare(changes, $"page {page.Url} fingerprint", earlier.Template, page.Template);
                Compare(changes, $"page {page.Url} certificate", earlier.Certificate?.Sha256, page.Certificate?.Sha256);
            }
        }

        Compare(changes, "certificate", before.Certificate?.Sha256, after.Certificate?.Sha256);
        return changes;
    }

    /// <summary>DNS evidence whose records can be compared: the resolvers answered (with records or with none).</summary>
    private static DnsEvidence? Answered(DnsEvidence? dns) =>
        dns is { Outcome: DnsOutcome.Resolved or DnsOutcome.NxDomain or DnsOutcome.NoData } ? dns : null;

    private static string Set(IReadOnlyList<string> values) => values.Count == 0 ? "none" : string.Join(", ", values.Order(StringComparer.Ordinal));

    private static void Compare(List<EvidenceChange> changes, string field, string? before, string? after)
    {
        if (!string.IsNullOrEmpty(before) && !string.IsNullOrEmpty(after) && !string.Equals(before, after, StringComparison.Ordinal))
        {
            changes.Add(new EvidenceChange(field, before, after));
        }
    }
}
