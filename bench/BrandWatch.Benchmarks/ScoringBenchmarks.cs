using BenchmarkDotNet.Attributes;
using BrandWatch.Rules.Evidence;
using BrandWatch.Rules.Marks;
using BrandWatch.Rules.Scoring;
using BrandWatch.Rules.Scoring.Configuration;
using BrandWatch.Rules.Screening;

namespace BrandWatch.Benchmarks;

/// <summary>
/// One case scored with the shipped rules: a phishing combosquat of PayPal with DNS, registration and page findings
/// (one of the four typical cases of the harness's <c>score</c> verb).
/// </summary>
[MemoryDiagnoser]
public class ScoringBenchmarks
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);
    private Scorer _scorer = null!;
    private ScoringInput _input = null!;

    [GlobalSetup]
    public void Setup()
    {
        _scorer = new Scorer(RuleSetJson.Default);
        var paypal = new Mark
        {
            Id = "paypal", Name = "PayPal", Labels = ["paypal"], OfficialDomains = ["paypal.com"], Jurisdictions = ["US", "EU"],
            RegisteredOn = new DateOnly(1999, 5, 18), WellKnown = true, Keywords = ["payment", "wallet"], Owner = "PayPal, Inc.",
        };
        PageFinding Finding(string criterion) => new() { Criterion = criterion, Mark = "paypal", Evidence = "<form>…</form>", Reason = "seen" };
        _input = new ScoringInput
        {
            Mark = paypal,
            Subject = "paypal-login.com",
            Matches =
            [
                new DomainMatch
                {
                    Domain = "paypal-login.com", Unicode = "paypal-login.com", Mark = "paypal", Kind = MatchKind.Combosquat, LabelForm = "paypal",
                    Similarity = 0.82, Explanation = "Combosquat", AddedWords = ["login"],
                },
            ],
            Evidence = new CaseEvidence
            {
                Dns = new DnsEvidence { Domain = "paypal-login.com", Outcome = DnsOutcome.Resolved, A = ["192.0.2.2"] },
                Registration = new RegistrationEvidence
                {
                    Domain = "paypal-login.com", Source = "rdap", Registered = new DateTimeOffset(2026, 5, 1, 0, 0, 0, TimeSpan.Zero), PrivacyService = "Domains By Proxy, LLC",
                },
                Pages = [new PageEvidence { Url = "https://paypal-login.com/", Status = 200, Findings = [Finding(Criteria.U1), Finding(Criteria.A12), Finding(Criteria.A10)] }],
                RegistrantOtherFlaggedDomains = ["netfllx.com", "micros0ft.com"],
            },
        };
    }

    [Benchmark]
    public int ScoreOneCase() => _scorer.Score(_input, Now).Priority;
}
