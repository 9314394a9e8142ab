using System.Net;
using System.Text.Json.Nodes;
using BrandWatch.Api.Tests.Infrastructure;
using BrandWatch.Rules.Cases;
using BrandWatch.Rules.Evidence;
using BrandWatch.Rules.Marks;
using BrandWatch.Rules.Scoring;
using BrandWatch.Rules.Scoring.Configuration;
using BrandWatch.Rules.Screening;

namespace BrandWatch.Api.Tests.Facts;

/// <summary>A mark and a filing scored by the real scorer under the default rules, as the Worker files it.</summary>
public static class ScoredFiling
{
    public static readonly DateTimeOffset ObservedAt = new(2026, 6, 1, 9, 0, 0, TimeSpan.Zero);

    public static object MarkDocument(string id) => new
    {
        id,
        name = id,
        labels = new[] { id },
        officialDomains = new[] { id + ".com" },
        niceClasses = new[] { 9, 42 },
        jurisdictions = new[] { "US", "EU" },
        registeredOn = "2021-03-01",
        keywords = new[] { "software" },
        owner = KestrelApi.Owner,
    };

    /// <summary>Registers the mark and files its <see cref="TldSwap"/> case (changed first when asked) through the real Api.</summary>
    public static async Task<(long Id, JsonNode Filed)> FileAsync(KestrelApi api, string markId, Func<CaseFiling, CaseFiling>? change = null)
    {
        using var admin = api.Client("admin");
        using var worker = api.Client("worker");
        await (await admin.PostJsonAsync("/api/marks", MarkDocument(markId))).ExpectAsync(HttpStatusCode.Created);
        var filing = TldSwap(markId);
        var filed = await (await worker.PostJsonAsync("/api/cases", change is null ? filing : change(filing))).ExpectAsync(HttpStatusCode.Created);
        return ((long)filed["id"]!, filed);
    }

    /// <summary>The mark's own name under another TLD, registered in 2024 by a company in Great Britain, live with mail.</summary>
    public static CaseFiling TldSwap(string markId)
    {
        var domain = markId + ".io";
        var mark = new Mark
        {
            Id = markId, Name = markId, Labels = MarkLabels.Derive(markId, [markId]), OfficialDomains = [markId + ".com"], NiceClasses = [9, 42],
            Jurisdictions = ["US", "EU"], RegisteredOn = new DateOnly(2021, 3, 1), Keywords = ["software"], Owner = KestrelApi.Owner,
        };
        var matches = new[]
        {
            new DomainMatch
            {
                Domain = domain, Unicode = domain, Mark = markId, Kind = MatchKind.TldSwap, LabelForm = markId, Similarity = 1.0,
                Explanation = $"'{markId}' under .io instead of .com",
            },
        };
        var evidence = new CaseEvidence
        {
            Dns = new DnsEvidence { Domain = domain, Outcome = DnsOutcome.Resolved, A = ["192.0.2.120"], Mx = ["mx." + domain] },
            Registration = new RegistrationEvidence
            {
                Domain = domain, Source = "rdap", Registered = new DateTimeOffset(2024, 9, 1, 0, 0, 0, TimeSpan.Zero),
                // One registrant per mark: cases of different marks must not form a campaign (issue 16) in these tests.
                RegistrantOrganisation = char.ToUpperInvariant(markId[0]) + markId[1..] + " Labs Ltd", RegistrantCountry = "GB", RegistrarName = "Example Registrar",
            },
        };
        var verdict = new Scorer(RuleSetJson.Default).Score(new ScoringInput
        {
            Mark = mark, Subject = domain, Matches = matches, Evidence = evidence,
            Portfolio = new PortfolioContext { OwnerDomains = [markId + ".com"] },
        }, ObservedAt);
        return new CaseFiling
        {
            Mark = markId, Subject = domain, Kind = SubjectKind.Domain, Source = CaseSource.Zone, Matches = matches, Evidence = evidence,
            Verdict = verdict, ObservedAt = ObservedAt,
        };
    }
}
