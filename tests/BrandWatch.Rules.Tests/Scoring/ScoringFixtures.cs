using BrandWatch.Rules.Evidence;
using BrandWatch.Rules.Marks;
using BrandWatch.Rules.Scoring;
using BrandWatch.Rules.Scoring.Configuration;
using BrandWatch.Rules.Screening;

namespace BrandWatch.Rules.Tests.Scoring;

/// <summary>Builders for scorer inputs: a coined mark, matches, evidence and page findings.</summary>
internal static class ScoringFixtures
{
    public static readonly DateTimeOffset Now = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);

    public static Scorer Scorer { get; } = new(RuleSetJson.Default);

    public static Mark Coined(bool wellKnown = false, DateOnly? registeredOn = null) => new()
    {
        Id = "quorvexa",
        Name = "Quorvexa",
        Labels = ["quorvexa"],
        OfficialDomains = ["quorvexa.com"],
        Jurisdictions = ["EU"],
        RegisteredOn = registeredOn ?? new DateOnly(2024, 3, 1),
        WellKnown = wellKnown,
        Owner = "Quorvexa GmbH",
    };

    public static DomainMatch Match(string domain, MatchKind kind, double similarity = 0.9, params string[] added) => new()
    {
        Domain = domain,
        Unicode = domain,
        Mark = "quorvexa",
        Kind = kind,
        LabelForm = "quorvexa",
        Similarity = similarity,
        Explanation = $"{kind} of quorvexa",
        AddedWords = added,
    };

    public static PageFinding Finding(string criterion, params (string Key, string Value)[] facts) => new()
    {
        Criterion = criterion,
        Mark = "quorvexa",
        Evidence = $"<fragment for {criterion}>",
        Reason = string.Empty,
        Facts = facts.ToDictionary(f => f.Key, f => f.Value),
    };

    public static PageEvidence Page(params PageFinding[] findings) => new()
    {
        Url = "https://quorvexa-shop.com/",
        Status = 200,
        Findings = findings,
    };

    public static RegistrationEvidence Registered(DateTimeOffset when, string? privacy = null) => new()
    {
        Domain = "quorvexa-shop.com",
        Source = "rdap",
        Registered = when,
        PrivacyService = privacy,
    };

    public static DnsEvidence Dns(bool web, params string[] mx) => new()
    {
        Domain = "quorvexa-shop.com",
        Outcome = DnsOutcome.Resolved,
        A = web ? ["203.0.113.7"] : [],
        Mx = mx,
    };

    public static ScoringInput Input(string subject, Mark? mark = null, IReadOnlyList<DomainMatch>? matches = null, CaseEvidence? evidence = null) => new()
    {
        Mark = mark ?? Coined(),
        Subject = subject,
        Matches = matches ?? [],
        Evidence = evidence ?? new CaseEvidence(),
    };

    public static Verdict Score(ScoringInput input) => Scorer.Score(input, Now);

    public static IEnumerable<Contribution> All(Verdict verdict) =>
        verdict.Act.Criteria.Concat(verdict.Damage.Criteria).Concat(verdict.Causation.Criteria).Concat(verdict.Fault.Criteria).Concat(verdict.GatesAndDefences);

    public static IReadOnlySet<string> Fired(Verdict verdict) =>
        All(verdict).Where(c => c.Applies).Select(c => c.Criterion).ToHashSet();
}
