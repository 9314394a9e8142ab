using BrandWatch.Rules.Evidence;
using BrandWatch.Rules.Marks;
using BrandWatch.Rules.Scoring;
using BrandWatch.Rules.Screening;

namespace BrandWatch.Worker.Pipeline;

/// <summary>
/// A deliberately small four-element scorer used until the Rules scorer is on main. Its verdicts say so:
/// rule version <c>worker-provisional-1</c>. Act from the match similarity and page findings, damage from a live
/// site, mail and login forms, causation from a live site reached by a look-alike name, fault from a well-known mark
/// and typo or combo kinds; registration before the mark is the only defence it knows.
/// </summary>
internal sealed class ProvisionalScorer : ICaseScorer
{
    public const string Version = "worker-provisional-1";

    public Verdict Score(Mark mark, IReadOnlyList<DomainMatch> matches, CaseEvidence evidence, DateTimeOffset now)
    {
        var best = matches.OrderByDescending(m => m.Similarity).FirstOrDefault();
        var findings = evidence.Pages.SelectMany(p => p.Findings).ToList();
        var live = evidence.Pages.Any(p => p.Status is >= 200 and < 300);

        var act = new List<Contribution>();
        if (best is not null)
        {
            act.Add(new Contribution(ActCriterion(best.Kind), best.Similarity, best.Domain, best.Explanation));
        }

        act.AddRange(findings.Where(f => f.Criterion == Criteria.A10).Select(f => new Contribution(f.Criterion, 0.3, f.Evidence, f.Reason)));

        var damage = new List<Contribution>();
        if (live)
        {
            damage.Add(new Contribution(Criteria.D1, 0.4, evidence.Pages[0].FinalUrl ?? evidence.Pages[0].Url, "the site is live"));
        }

        if (evidence.Dns?.ReceivesMail == true)
        {
            damage.Add(new Contribution(Criteria.U2, 0.2, string.Join(", ", evidence.Dns.Mx), "the domain receives mail"));
        }

        damage.AddRange(findings.Where(f => f.Criterion == Criteria.U1).Select(f => new Contribution(f.Criterion, 0.5, f.Evidence, f.Reason)));
        if (mark.WellKnown)
        {
            damage.Add(new Contribution(Criteria.D7, 0.2, mark.Name, "the mark is well known (dilution)"));
        }

        var causation = new List<Contribution>();
        if (live && best is not null)
        {
            causation.Add(new Contribution(Criteria.C1, 0.6, best.Domain, "visitors mistyping or misreading the mark reach this live site"));
        }

        var fault = new List<Contribution>();
        if (mark.WellKnown)
        {
            fault.Add(new Contribution(Criteria.F1, 0.4, mark.Name, "the mark is well known: the registrant should have known it"));
        }

        if (best is not null && best.Kind is not (MatchKind.Identical or MatchKind.TldSwap))
        {
            fault.Add(new Contribution(Criteria.F3, 0.4, best.Explanation, "a deliberate variant of the mark leaves no innocent reason"));
        }

        var defences = new List<Contribution>();
        var registered = evidence.Registration?.Registered;
        if (registered is { } on && mark.RegisteredOn is { } markOn && DateOnly.FromDateTime(on.UtcDateTime) < markOn)
        {
            defences.Add(new Contribution(Criteria.G1, -1.0, on.ToString("yyyy-MM-dd"), "the domain was registered before the mark"));
        }

        var elements = new[] { Sum(act), Sum(damage), Sum(causation), Sum(fault) };
        var overall = Math.Clamp(elements.Average() + defences.Sum(d => d.Points), 0, 1);
        var outcome = overall >= 0.6 ? Outcome.Likely : overall >= 0.3 ? Outcome.Possible : Outcome.Unlikely;
        var phishing = findings.Any(f => f.Criterion == Criteria.U1);
        var (action, reason) = defences.Count > 0 ? (RecommendedAction.DoNotFile, "the domain predates the mark")
            : phishing ? (RecommendedAction.AbuseTakedown, "a login form on a look-alike domain: ask the host and registrar to take it down")
            : outcome == Outcome.Likely ? (RecommendedAction.UdrpTransfer, "all four elements are present")
            : outcome == Outcome.Possible ? (RecommendedAction.Monitor, "not all elements are shown yet: watch for the site going live")
            : (RecommendedAction.NoAction, "too little evidence");

        return new Verdict
        {
            Act = new ElementScore(elements[0], act),
            Damage = new ElementScore(elements[1], damage),
            Causation = new ElementScore(elements[2], causation),
            Fault = new ElementScore(elements[3], fault),
            GatesAndDefences = defences,
            Fits = new Fits(Udrp: Math.Round(overall, 3), Court: Math.Round(overall * 0.8, 3), Takedown: phishing ? 1 : 0),
            Overall = Math.Round(overall, 3),
            Priority = (int)Math.Round(overall * 100),
            Outcome = outcome,
            DisputePath = defences.Count > 0 ? DisputePath.PredatesMark : DisputePath.OnlyComplainantHoldsRights,
            Action = action,
            ActionReason = reason,
            RuleVersion = Version,
            RuleHash = Version,
        };
    }

    private static double Sum(List<Contribution> contributions) => Math.Round(Math.Clamp(contributions.Sum(c => c.Points), 0, 1), 3);

    private static string ActCriterion(MatchKind kind) => kind switch
    {
        MatchKind.Identical or MatchKind.TldSwap => Criteria.A1,
        MatchKind.Homoglyph => Criteria.A3,
        MatchKind.Combosquat => Criteria.A4,
        MatchKind.Transliteration => Criteria.A5,
        MatchKind.AcrossTheDot => Criteria.A6,
        MatchKind.LevelSquat => Criteria.A7,
        _ => Criteria.A2,
    };
}
