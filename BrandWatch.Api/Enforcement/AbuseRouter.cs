using System.Text.Json;
using BrandWatch.Api.Cases;
using BrandWatch.Rules.Cases;
using BrandWatch.Rules.Enforcement;
using BrandWatch.Rules.Evidence;
using BrandWatch.Rules.Scoring;
using BrandWatch.Api.Cases.Queries;

namespace BrandWatch.Api.Enforcement;

/// <summary>
/// Works out who can act on a case from the evidence already filed: the sponsoring registrar (its name, IANA id and
/// the abuse entity of its RDAP answer, phone included, read again from the stored raw answers) and the network of
/// every A/AAAA address with its origin AS (from the IP and AS RDAP evidence the Worker files), the certificate
/// authority of every certificate the site was seen with (from the shipped table of problem-reporting addresses), the
/// registry of a ccTLD that runs its own policy, and the dispute provider for the verdict's path. Nothing is fetched here.
/// </summary>
internal static class AbuseRouter
{
    public static AbuseRouting Route(CaseHistory history, PartyDirectory directory)
    {
        var row = history.Row;
        var latest = history.Evidence.Count == 0 ? null : history.Evidence[^1].Filing.Deserialize<CaseFiling>(ContractJson.Options);
        var verdict = history.Verdict.Deserialize<Verdict>(ContractJson.Options);
        var evidence = latest?.Evidence ?? new CaseEvidence();
        var package = $"evidence package {DraftModel.PackagePath(row.Id)}" + (history.Evidence.Count == 0 ? string.Empty : $" (latest record SHA-256 {history.Evidence[^1].Sha256})");
        var criteria = verdict is null
            ? []
            : new[] { verdict.Act, verdict.Fault, verdict.Damage }.SelectMany(e => e.Criteria).Where(c => c.Applies)
                .Select(c => $"{c.Criterion}: {c.Reason} ({c.Evidence})").ToList();

        var parties = new List<AbuseParty> { Registrar(row, evidence, criteria, package) };
        var dns = evidence.Dns;
        foreach (var address in dns is null ? [] : dns.A.Concat(dns.Aaaa))
        {
            parties.Add(Host(row, address, evidence, criteria, package));
        }

        parties.AddRange(CertificateAuthorities(evidence, directory.CertificateAuthorities, criteria, package));
        var policies = directory.DisputePolicies;
        var country = policies.Find(row.Domain);
        if (country is not null)
        {
            parties.Add(Registry(row, evidence, country, criteria, package));
        }

        if (verdict is not null && Provider(row, verdict, evidence, country, policies.Generic, package) is { } provider)
        {
            parties.Add(provider);
        }

        return new AbuseRouting(row.Id, row.Domain, parties);
    }

    private static AbuseParty Registrar(CaseRow row, CaseEvidence evidence, List<string> criteria, string package)
    {
        var registration = evidence.Registration;
        // The registrar's own answer carries its abuse desk more often than the registry's; read it first.
        var abuse = RdapContacts.RegistrarAbuse(registration?.RegistrarRaw) ?? RdapContacts.RegistrarAbuse(registration?.Raw);
        var email = registration?.RegistrarAbuseEmail ?? abuse?.Email;
        var missing = new List<string>();
        if (registration is null)
        {
            missing.Add("registration data: no RDAP or WHOIS answer was filed");
        }
        else
        {
            if (registration.RegistrarName is null) missing.Add("registrar name");
            if (registration.RegistrarIanaId is null) missing.Add("registrar IANA id");
            if (email is null) missing.Add("abuse e-mail");
            if (abuse?.Phone is null) missing.Add("abuse phone");
        }

        var needs = new List<string> { $"the domain {row.Domain}" };
        if (registration?.Registered is { } registered)
        {
            needs.Add($"its registration on {registered:yyyy-MM-dd}");
        }

        needs.AddRange(criteria);
        needs.Add(package);
        return new AbuseParty
        {
            Role = "registrar",
            Name = registration?.RegistrarName ?? abuse?.Name,
            IanaId = registration?.RegistrarIanaId,
            Email = email,
            Phone = abuse?.Phone,
            Sources = registration?.Servers ?? [],
            Evidence = needs,
            Draft = $"/api/cases/{row.Id}/drafts/{DraftKinds.AbuseRegistrar}",
            Missing = missing,
        };
    }

    private static AbuseParty Host(CaseRow row, string address, CaseEvidence evidence, List<string> criteria, string package)
    {
        var network = evidence.Networks?.FirstOrDefault(n => string.Equals(n.Address, address, StringComparison.OrdinalIgnoreCase));
        var system = network?.AutonomousSystem;
        var missing = new List<string>();
        if (network is null)
        {
            missing.Add("network: the address was not looked up in IP RDAP");
        }
        else if (network.Failure is { } failure)
        {
            missing.Add($"network: IP RDAP lookup failed ({failure})");
        }
        else
        {
            // A network without its own abuse desk is reported to the AS that announces it.
            if ((network.Abuse ?? system?.Abuse)?.Email is null) missing.Add("abuse e-mail");
            if ((network.Abuse ?? system?.Abuse)?.Phone is null) missing.Add("abuse phone");
            if (system is null) missing.Add("origin AS: the network's registry does not name it");
            else if (system.Failure is { } asFailure) missing.Add($"origin AS{system.Number}: AS RDAP lookup failed ({asFailure})");
        }

        var needs = new List<string> { $"the address {address} serving {row.Subject}" };
        needs.AddRange(evidence.Pages.Select(p => $"the page {p.Url}" + (p.Status is { } s ? $" (HTTP {s})" : string.Empty) + (p.Sha256 is { } h ? $", content SHA-256 {h}" : string.Empty)));
        needs.AddRange(criteria);
        needs.Add(package);
        return new AbuseParty
        {
            Role = "host",
            Address = address,
            Name = network?.Name,
            Network = network is null ? null : Range(network),
            Holder = network?.Holder,
            AutonomousSystem = system is null ? null : Describe(system),
            Email = (network?.Abuse ?? system?.Abuse)?.Email,
            Phone = (network?.Abuse ?? system?.Abuse)?.Phone,
            Sources = new[] { network?.Server, system?.Failure is null ? system?.Server : null }.OfType<string>().ToList(),
            Evidence = needs,
            Draft = $"/api/cases/{row.Id}/drafts/{DraftKinds.AbuseHost}",
            Missing = missing,
        };
    }

    /// <summary>
    /// One party per certificate authority that issued a certificate the site was served with (each page's TLS
    /// certificate) or that the CT feed saw for the name; the problem-reporting address comes from the shipped table.
    /// </summary>
    private static IEnumerable<AbuseParty> CertificateAuthorities(CaseEvidence evidence, CertificateAuthorityTable table, List<string> criteria, string package)
    {
        var seen = new List<(string Issuer, string Certificate, string? Page)>();
        foreach (var page in evidence.Pages)
        {
            if (page.Certificate is { } c)
            {
                seen.Add((c.Issuer, $"the certificate SHA-256 {c.Sha256} (serial {c.SerialNumber ?? "unknown"}, subject {c.Subject}, valid {c.NotBefore:yyyy-MM-dd} to {c.NotAfter:yyyy-MM-dd})", page.FinalUrl ?? page.Url));
            }
        }

        if (evidence.Certificate is { } ct)
        {
            seen.Add((ct.Issuer, $"the certificate logged in {ct.Log} at index {ct.Index} on {ct.LoggedAt:yyyy-MM-dd}" + (ct.Sha256 is { } h ? $", SHA-256 {h}" : string.Empty) + $" (subject {ct.Subject}, valid {ct.NotBefore:yyyy-MM-dd} to {ct.NotAfter:yyyy-MM-dd})", null));
        }

        foreach (var group in seen.GroupBy(s => s.Issuer, StringComparer.Ordinal))
        {
            var authority = table.Find(group.Key);
            var missing = new List<string>();
            if (authority is null) missing.Add($"problem-reporting address: the issuer '{group.Key}' is not in the table of certificate authorities");
            else if (authority.Email is null) missing.Add("problem-reporting e-mail: the authority takes reports on its web form");
            var needs = group.Select(g => g.Certificate).Distinct().ToList();
            needs.AddRange(group.Select(g => g.Page).OfType<string>().Distinct().Select(p => $"the page {p} served with it"));
            needs.AddRange(criteria);
            needs.Add(package);
            yield return new AbuseParty
            {
                Role = "certificate-authority",
                Name = authority?.Name,
                Issuer = group.Key,
                Email = authority?.Email,
                Url = authority?.Url,
                Sources = authority is null ? [] : [authority.Source],
                Evidence = needs,
                Missing = missing,
            };
        }
    }

    /// <summary>The registry of a ccTLD that runs its own policy (or none): it decides disputes or freezes names itself.</summary>
    private static AbuseParty Registry(CaseRow row, CaseEvidence evidence, CountryCodePolicy country, List<string> criteria, string package)
    {
        var needs = new List<string> { $"the domain {row.Domain}" };
        if (evidence.Registration?.RegistrarName is { } registrar) needs.Add($"its registrar {registrar}");
        if (evidence.Registration?.Registered is { } registered) needs.Add($"its registration on {registered:yyyy-MM-dd}");
        needs.AddRange(criteria);
        needs.Add(package);
        return new AbuseParty
        {
            Role = "registry",
            Name = country.Registry,
            Url = country.RegistryUrl,
            Policy = country.Policy ?? country.Note,
            Sources = [country.Source],
            Evidence = needs,
            Missing = [],
        };
    }

    /// <summary>
    /// Who decides a dispute on the verdict's path: a UDRP provider for generic TLDs, the ccTLD's own provider(s)
    /// otherwise, or a court where the registry runs no policy. Only when the verdict points at a filing (the
    /// only-the-complainant-holds-rights path, a transfer, or a takedown filed in parallel).
    /// </summary>
    private static AbuseParty? Provider(CaseRow row, Verdict verdict, CaseEvidence evidence, CountryCodePolicy? country, GenericDisputePolicy generic, string package)
    {
        if (verdict.DisputePath != DisputePath.OnlyComplainantHoldsRights && verdict.Action is not (RecommendedAction.UdrpTransfer or RecommendedAction.AbuseTakedown))
        {
            return null;
        }

        var providers = country is null ? generic.Providers : country.Providers;
        var policy = country is null ? generic.Policy : country.Policy;
        var missing = new List<string>();
        if (policy is null)
        {
            missing.Add(country?.Note ?? "dispute policy: none known for this TLD; the path is a court");
        }

        var needs = new List<string>
        {
            $"the complainant's rights in the mark (G0){(verdict.GatesAndDefences.FirstOrDefault(c => c.Criterion == Criteria.G0) is { } g0 ? ": " + g0.Evidence : string.Empty)}",
            $"the domain {row.Domain} and its registrar {evidence.Registration?.RegistrarName ?? "(unknown)"}",
        };
        if (evidence.Registration?.Registered is { } registered)
        {
            needs.Add($"its registration on {registered:yyyy-MM-dd}" + (country?.Tlds.Contains("cn", StringComparer.OrdinalIgnoreCase) == true ? " (CNDRP hears no complaint on a domain registered more than three years earlier, Article 2 of its 2019 text)" : string.Empty));
        }

        needs.Add("the three elements as argued in the complaint draft, each with its criteria and evidence");
        needs.Add(package);
        var first = providers.Count > 0 ? providers[0] : null;
        return new AbuseParty
        {
            Role = "provider",
            Name = first?.Name ?? "a court",
            Url = first?.Url,
            Policy = policy,
            Alternatives = providers.Skip(1).Select(p => p.Name).ToList(),
            Sources = [country?.Source ?? generic.Source],
            Evidence = needs,
            // A ccTLD whose policy has a complaint draft of its own (CNDRP) names it; the others start from the UDRP skeleton.
            Draft = policy is null ? null : $"/api/cases/{row.Id}/drafts/{(country?.Complaint is { } own && DraftKinds.IsKnown(own) ? own : DraftKinds.UdrpComplaint)}",
            Missing = missing,
        };
    }

    private static string Describe(AutonomousSystemEvidence system)
    {
        var text = "AS" + system.Number.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (system.Name is { } name) text += " " + name;
        if (system.Holder is { } holder) text += $" ({holder})";
        return text;
    }

    private static string? Range(NetworkEvidence n) =>
        (n.Handle, n.StartAddress, n.EndAddress) switch
        {
            (null, null, _) => null,
            ({ } handle, { } start, { } end) => $"{handle} ({start} – {end})",
            ({ } handle, _, _) => handle,
            (null, { } start, var end) => $"{start} – {end}",
        };
}
