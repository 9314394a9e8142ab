using BrandWatch.Rules.Cases;
using BrandWatch.Rules.Evidence;
using BrandWatch.Rules.Scoring;
using BrandWatch.Rules.Screening;

namespace BrandWatch.Api.Tests.Enforcement;

/// <summary>A phishing look-alike as the Worker files it, with the registration and DNS evidence drafts cite.</summary>
public static class EnforcementData
{
    public static CaseFiling PhishingFiling(string mark, string domain) => new()
    {
        Mark = mark,
        Subject = domain,
        Kind = SubjectKind.Domain,
        Matches =
        [
            new DomainMatch
            {
                Domain = domain, Unicode = domain, Mark = mark, Kind = MatchKind.Combosquat, LabelForm = mark,
                Similarity = 0.92, Explanation = $"'{mark}' plus the affiliation term 'login'", AddedWords = ["login"],
            },
        ],
        Evidence = new CaseEvidence
        {
            Dns = new DnsEvidence { Domain = domain, Outcome = DnsOutcome.Resolved, A = ["192.0.2.10"], Aaaa = ["2001:db8::10"], Mx = ["mx." + domain] },
            Registration = new RegistrationEvidence
            {
                Domain = domain, Source = "rdap", Registered = new DateTimeOffset(2026, 1, 9, 0, 0, 0, TimeSpan.Zero),
                RegistrarName = "Example Registrar, Inc.", RegistrarIanaId = "9999", RegistrarAbuseEmail = "abuse@registrar.example",
                PrivacyService = "Privacy Example Ltd", Redacted = true, RegistrantCountry = "IS",
            },
            Networks =
            [
                new NetworkEvidence
                {
                    Address = "192.0.2.10", Handle = "NET-192-0-2-0-1", Name = "EXAMPLE-HOSTING-NET", StartAddress = "192.0.2.0", EndAddress = "192.0.2.255",
                    Holder = "Example Hosting B.V.", Abuse = new AbuseContact { Email = "abuse@hosting.example", Phone = "+31.205550100" },
                    Server = "https://rdap.rir.example/ip/192.0.2.10",
                },
                new NetworkEvidence { Address = "2001:db8::10", Failure = "timeout", Server = "https://rdap.rir.example/ip/2001:db8::10" },
            ],
            Pages = [new PageEvidence { Url = $"https://{domain}/", Status = 200, Sha256 = new string('a', 64), FetchedAt = new DateTimeOffset(2026, 1, 10, 11, 0, 0, TimeSpan.Zero) }],
        },
        Verdict = new Verdict
        {
            Act = new ElementScore(0.9, [new Contribution("A4", 0.9, $"{domain}: '{mark}' + 'login'", "The domain is the mark plus an affiliation term.")]),
            Damage = new ElementScore(0.8, [new Contribution("D2", 0.8, "credential form", "Visitors are asked for their password.")]),
            Causation = new ElementScore(0.6, [new Contribution("C1", 0.6, "same sector", "Confusion is likely.")]),
            Fault = new ElementScore(0.95,
            [
                new Contribution("U1", 0.9, "login form with the mark's logo", "The page impersonates the owner to collect credentials."),
                new Contribution("F1", 0.8, "well-known mark + combosquat", "A well-known mark plus an affiliation term leaves no innocent explanation."),
            ]),
            GatesAndDefences =
            [
                new Contribution("G0", 0, "mark registered on 1999-05-18", "The complainant's rights are valid.") { Applies = false },
                new Contribution("G1", 0, "registered 2026-01-09, mark 1999-05-18", "The domain was registered after the mark.") { Applies = false },
                new Contribution("X3", 0, "no business under the name", "No prior bona fide offering is shown.") { Applies = false },
            ],
            Fits = new Fits(0.9, 0.5, 0.95),
            Overall = 0.9,
            Priority = 90,
            Outcome = Outcome.Likely,
            DisputePath = DisputePath.OnlyComplainantHoldsRights,
            Action = RecommendedAction.AbuseTakedown,
            ActionReason = "live phishing on a look-alike of a well-known mark",
            RuleVersion = "2026.1",
            RuleHash = "abc123",
        },
        ObservedAt = new DateTimeOffset(2026, 1, 10, 12, 0, 0, TimeSpan.Zero),
    };
}
