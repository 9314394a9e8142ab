using System.Text.Json;
using BrandWatch.Api.Cases;
using BrandWatch.Rules.Cases;
using BrandWatch.Rules.Enforcement;
using BrandWatch.Rules.Evidence;
using BrandWatch.Rules.Scoring;

namespace BrandWatch.Api.Enforcement;

/// <summary>
/// Works out who can act on a case from the evidence already filed: the sponsoring registrar (its name, IANA id and
/// the abuse entity of its RDAP answer, phone included, read again from the stored raw answers) and the network of
/// every A/AAAA address (from the IP RDAP evidence the Worker files, when it has). Nothing is fetched here.
/// </summary>
internal static class AbuseRouter
{
    public static AbuseRouting Route(CaseHistory history)
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
            if (network.Abuse?.Email is null) missing.Add("abuse e-mail");
            if (network.Abuse?.Phone is null) missing.Add("abuse phone");
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
            Email = network?.Abuse?.Email,
            Phone = network?.Abuse?.Phone,
            Sources = network?.Server is { } server ? [server] : [],
            Evidence = needs,
            Draft = $"/api/cases/{row.Id}/drafts/{DraftKinds.AbuseHost}",
            Missing = missing,
        };
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
