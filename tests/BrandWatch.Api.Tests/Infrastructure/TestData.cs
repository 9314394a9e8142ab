using BrandWatch.Rules.Cases;
using BrandWatch.Rules.Evidence;
using BrandWatch.Rules.Scoring;
using BrandWatch.Rules.Screening;

namespace BrandWatch.Api.Tests.Infrastructure;

/// <summary>Marks and filings used across tests.</summary>
public static class TestData
{
    public static object Mark(string id, string owner, string name = "Acme") => new
    {
        id,
        name,
        labels = new[] { id },
        officialDomains = new[] { id + ".com" },
        niceClasses = new[] { 9, 36 },
        jurisdictions = new[] { "US", "EU" },
        registeredOn = "1999-05-18",
        wellKnown = true,
        keywords = new[] { "payment" },
        owner,
    };

    /// <summary>A filing as the Worker sends it, with a verdict of the given priority.</summary>
    public static CaseFiling Filing(string mark, string subject, int priority, SubjectKind kind = SubjectKind.Domain, string? note = null)
    {
        var domain = kind == SubjectKind.Domain ? subject : new Uri(subject).Host;
        return new CaseFiling
        {
            Mark = mark,
            Subject = subject,
            Kind = kind,
            Matches =
            [
                new DomainMatch
                {
                    Domain = domain, Unicode = domain, Mark = mark, Kind = MatchKind.Combosquat, LabelForm = mark,
                    Similarity = 0.9, Explanation = $"'{mark}' plus 'login'", AddedWords = ["login"],
                },
            ],
            Evidence = new CaseEvidence
            {
                Dns = new DnsEvidence { Domain = domain, Outcome = DnsOutcome.Resolved, A = ["192.0.2.10"], Mx = ["mx." + domain] },
                Registration = new RegistrationEvidence { Domain = domain, Source = "rdap", Registered = new DateTimeOffset(2026, 1, 9, 0, 0, 0, TimeSpan.Zero), RegistrarName = "Example Registrar" },
                Reviewer = note is null ? null : new ReviewerFacts { Note = note },
            },
            Verdict = Verdict(priority),
            ObservedAt = new DateTimeOffset(2026, 1, 10, 12, 0, 0, TimeSpan.Zero),
        };
    }

    public static Verdict Verdict(int priority) => new()
    {
        Act = new ElementScore(0.9, [new Contribution("A4", 0.9, "paypal-login", "the mark plus an affiliation term")]),
        Damage = new ElementScore(0.6, [new Contribution("U2", 0.6, "MX present", "receives mail")]),
        Causation = new ElementScore(0.5, []),
        Fault = new ElementScore(0.8, [new Contribution("F1", 0.8, "famous mark", "well-known mark plus combosquat")]),
        GatesAndDefences = [],
        Fits = new Fits(0.8, 0.4, 0.3),
        Overall = priority / 100.0,
        Priority = priority,
        Outcome = priority >= 60 ? Outcome.Likely : Outcome.Possible,
        DisputePath = DisputePath.OnlyComplainantHoldsRights,
        Action = priority >= 60 ? RecommendedAction.UdrpTransfer : RecommendedAction.Monitor,
        ActionReason = "no rights shown, bad faith established",
        RuleVersion = "2026.1",
        RuleHash = "abc123",
    };
}
