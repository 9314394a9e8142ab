using BrandWatch.Rules.Cases;
using BrandWatch.Rules.Evidence;
using BrandWatch.Rules.Marks;
using BrandWatch.Rules.Scoring;
using BrandWatch.Rules.Scoring.Configuration;
using BrandWatch.Rules.Screening;

namespace BrandWatch.Api.Tests.Campaigns;

/// <summary>Filings of one coined mark under other TLDs, scored by the real scorer as the Worker files them, with the registrant and hosting given.</summary>
public static class CampaignFilings
{
    public const string Owner = "Acme Corp";

    public static readonly DateTimeOffset ObservedAt = new(2026, 6, 1, 9, 0, 0, TimeSpan.Zero);

    public static object MarkDocument(string id, string owner = Owner) => new
    {
        id,
        name = id,
        labels = new[] { id },
        officialDomains = new[] { id + ".com" },
        niceClasses = new[] { 9, 42 },
        jurisdictions = new[] { "US", "EU" },
        registeredOn = "2021-03-01",
        keywords = new[] { "software" },
        owner,
    };

    public static Mark Mark(string id, string owner = Owner) => new()
    {
        Id = id, Name = id, Labels = MarkLabels.Derive(id, [id]), OfficialDomains = [id + ".com"], NiceClasses = [9, 42],
        Jurisdictions = ["US", "EU"], RegisteredOn = new DateOnly(2021, 3, 1), Keywords = ["software"], Owner = owner,
    };

    /// <summary>The mark's name under <paramref name="tld"/>, registered in 2024, resolving to <paramref name="address"/>.</summary>
    public static CaseFiling TldSwap(string markId, string tld, string? email = null, string? organisation = null, string address = "192.0.2.10",
        string[]? nameServers = null, string? template = null, string owner = Owner)
    {
        var domain = $"{markId}.{tld}";
        var mark = Mark(markId, owner);
        var matches = new[]
        {
            new DomainMatch
            {
                Domain = domain, Unicode = domain, Mark = markId, Kind = MatchKind.TldSwap, LabelForm = markId, Similarity = 1.0,
                Explanation = $"'{markId}' under .{tld} instead of .com",
            },
        };
        var evidence = new CaseEvidence
        {
            Dns = new DnsEvidence { Domain = domain, Outcome = DnsOutcome.Resolved, A = [address], NameServers = nameServers ?? [] },
            Registration = new RegistrationEvidence
            {
                Domain = domain, Source = "rdap", Registered = new DateTimeOffset(2024, 9, 1, 0, 0, 0, TimeSpan.Zero), RegistrantEmail = email,
                RegistrantOrganisation = organisation, RegistrantCountry = "PA", RegistrarName = "Example Registrar",
            },
            Pages = template is null ? [] : [new PageEvidence { Url = $"http://{domain}/", Status = 200, Template = template }],
        };
        var verdict = new Scorer(RuleSetJson.Default).Score(new ScoringInput
        {
            Mark = mark, Subject = domain, Matches = matches, Evidence = evidence, Portfolio = PortfolioContext.For(mark, [mark], []),
        }, ObservedAt);
        return new CaseFiling
        {
            Mark = markId, Subject = domain, Kind = SubjectKind.Domain, Source = CaseSource.Zone, Matches = matches, Evidence = evidence,
            Verdict = verdict, ObservedAt = ObservedAt, OtherMarksMatched = [],
        };
    }
}
