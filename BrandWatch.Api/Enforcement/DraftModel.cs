using System.Globalization;
using System.Text.Json;
using BrandWatch.Api.Cases;
using BrandWatch.Rules.Cases;
using BrandWatch.Rules.Enforcement;
using BrandWatch.Rules.Evidence;
using BrandWatch.Rules.Scoring;
using BrandWatch.Api.Cases.Queries;

namespace BrandWatch.Api.Enforcement;

/// <summary>
/// The values a draft template sees, built from a case's latest verdict and filing. Keys are snake_case, dates are
/// <c>yyyy-MM-dd</c> strings and scores two-decimal strings, so that templates need no formatting filters. Every
/// key is always present (null when unknown) so that a template can test it with <c>{% if %}</c>.
/// </summary>
internal static class DraftModel
{
    /// <summary>The evidence package of a case, as the Api serves it.</summary>
    public static string PackagePath(long caseId) => $"/api/cases/{caseId}/evidence-package";

    public static Dictionary<string, object?> Build(CaseHistory history, string markName, DateTimeOffset now)
    {
        var row = history.Row;
        var verdict = history.Verdict.Deserialize<Verdict>(ContractJson.Options)
            ?? throw new InvalidOperationException($"Case {row.Id} has no verdict.");
        var latest = history.Evidence.Count == 0 ? null : history.Evidence[^1].Filing.Deserialize<CaseFiling>(ContractJson.Options);
        var evidence = latest?.Evidence ?? new CaseEvidence();
        var all = new[] { verdict.Act, verdict.Damage, verdict.Causation, verdict.Fault }
            .SelectMany(e => e.Criteria).Concat(verdict.GatesAndDefences).ToArray();

        return new Dictionary<string, object?>
        {
            ["today"] = Day(now),
            ["case"] = new Dictionary<string, object?>
            {
                ["id"] = row.Id,
                ["subject"] = row.Subject,
                ["kind"] = row.Kind,
                ["domain"] = row.Domain,
                ["status"] = row.Status,
                ["priority"] = row.Priority,
                ["outcome"] = row.Outcome,
                ["recommended_action"] = row.Action,
                ["action_reason"] = row.ActionReason,
                ["rule_version"] = row.RuleVersion,
                ["link"] = $"/cases/{row.Id}",
                ["observed_at"] = Day(latest?.ObservedAt),
            },
            ["mark"] = new Dictionary<string, object?> { ["id"] = row.MarkId, ["name"] = markName },
            ["owner"] = new Dictionary<string, object?> { ["name"] = row.Owner },
            ["matches"] = (latest?.Matches ?? []).Select(m => new Dictionary<string, object?>
            {
                ["kind"] = WireName.Kebab(m.Kind),
                ["similarity"] = Score(m.Similarity),
                ["explanation"] = m.Explanation,
            }).ToList(),
            ["registration"] = Registration(evidence.Registration),
            ["dns"] = Dns(evidence.Dns),
            ["networks"] = (evidence.Networks ?? []).Select(n => new Dictionary<string, object?>
            {
                ["address"] = n.Address,
                ["handle"] = n.Handle,
                ["name"] = n.Name,
                ["start_address"] = n.StartAddress,
                ["end_address"] = n.EndAddress,
                ["holder"] = n.Holder,
                ["abuse_email"] = n.Abuse?.Email,
                ["abuse_phone"] = n.Abuse?.Phone,
                ["failure"] = n.Failure,
            }).ToList(),
            ["pages"] = evidence.Pages.Select(p => new Dictionary<string, object?>
            {
                ["url"] = p.Url,
                ["final_url"] = p.FinalUrl,
                ["status"] = p.Status,
                ["sha256"] = p.Sha256,
                ["fetched_at"] = Day(p.FetchedAt),
            }).ToList(),
            ["elements"] = new Dictionary<string, object?>
            {
                ["act"] = Element(verdict.Act),
                ["damage"] = Element(verdict.Damage),
                ["causation"] = Element(verdict.Causation),
                ["fault"] = Element(verdict.Fault),
            },
            ["fits"] = new Dictionary<string, object?>
            {
                ["udrp"] = Score(verdict.Fits.Udrp),
                ["court"] = Score(verdict.Fits.Court),
                ["takedown"] = Score(verdict.Fits.Takedown),
            },
            ["udrp"] = UdrpElements.Build(verdict, latest?.Matches ?? [], all),
            ["cndrp"] = Cndrp(verdict),
            ["evidence"] = new Dictionary<string, object?>
            {
                ["package"] = PackagePath(row.Id),
                ["latest_sha256"] = history.Evidence.Count == 0 ? null : history.Evidence[^1].Sha256,
                ["filings"] = history.Evidence.Select(e => new Dictionary<string, object?>
                {
                    ["id"] = e.Id,
                    ["sha256"] = e.Sha256,
                    ["filed_at"] = Day(e.FiledAt),
                    ["observed_at"] = Day(e.ObservedAt),
                }).ToList(),
            },
        };
    }

    public static Dictionary<string, object?> Criterion(Contribution c) => new()
    {
        ["id"] = c.Criterion,
        ["name"] = CriterionCatalog.All.FirstOrDefault(d => d.Id == c.Criterion)?.Title,
        ["points"] = Score(c.Points),
        ["evidence"] = c.Evidence,
        ["reason"] = c.Reason,
        ["applies"] = c.Applies,
    };

    /// <summary>The CNDRP complaint's extra values: the scorer's X10 (the bar on old registrations) and whether it bars the complaint.</summary>
    private static Dictionary<string, object?> Cndrp(Verdict verdict)
    {
        var bar = verdict.GatesAndDefences.FirstOrDefault(c => c.Criterion == Criteria.X10);
        return new Dictionary<string, object?>
        {
            ["bar"] = bar is null ? null : Criterion(bar),
            ["barred"] = bar?.Applies == true,
        };
    }

    private static Dictionary<string, object?> Element(ElementScore element) => new()
    {
        ["score"] = Score(element.Score),
        ["criteria"] = element.Criteria.Select(Criterion).ToList(),
    };

    private static Dictionary<string, object?> Registration(RegistrationEvidence? r) => new()
    {
        ["known"] = r is not null,
        ["source"] = r?.Source,
        ["registered"] = Day(r?.Registered),
        ["expires"] = Day(r?.Expires),
        ["registrar_name"] = r?.RegistrarName,
        ["registrar_iana_id"] = r?.RegistrarIanaId,
        ["registrar_abuse_email"] = r?.RegistrarAbuseEmail ?? RegistrarAbuse(r)?.Email,
        ["registrar_abuse_phone"] = RegistrarAbuse(r)?.Phone,
        ["registrant_organisation"] = r?.RegistrantOrganisation,
        ["registrant_country"] = r?.RegistrantCountry,
        ["registrant_email"] = r?.RegistrantEmail,
        ["privacy_service"] = r?.PrivacyService,
        ["name_servers"] = r?.NameServers.ToList() ?? [],
        ["servers"] = r?.Servers.ToList() ?? [],
    };

    private static AbuseContact? RegistrarAbuse(RegistrationEvidence? r) =>
        r is null ? null : RdapContacts.RegistrarAbuse(r.RegistrarRaw) ?? RdapContacts.RegistrarAbuse(r.Raw);

    private static Dictionary<string, object?> Dns(DnsEvidence? d) => new()
    {
        ["known"] = d is not null,
        ["outcome"] = d is null ? null : WireName.Kebab(d.Outcome),
        ["a"] = d?.A.ToList() ?? [],
        ["aaaa"] = d?.Aaaa.ToList() ?? [],
        ["addresses"] = d is null ? [] : d.A.Concat(d.Aaaa).ToList(),
        ["mx"] = d?.Mx.ToList() ?? [],
        ["name_servers"] = d?.NameServers.ToList() ?? [],
    };

    private static string? Day(DateTimeOffset? value) => value?.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Score(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);
}
