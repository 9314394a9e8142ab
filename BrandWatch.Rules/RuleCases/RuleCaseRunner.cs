using BrandWatch.Rules.Cases;
using System.Globalization;
using System.Text.Json;
using BrandWatch.Rules.Evidence;
using BrandWatch.Rules.Pages;
using BrandWatch.Rules.Scoring;
using BrandWatch.Rules.Scoring.Configuration;
using BrandWatch.Rules.Screening;

namespace BrandWatch.Rules.RuleCases;

/// <summary>Runs a rule case: screens the subject, analyses its pages, scores, and compares with the expectation.</summary>
public sealed class RuleCaseRunner
{
    private static readonly HashSet<string> ActFindings = [Criteria.A8, Criteria.A9, Criteria.A10, Criteria.A11, Criteria.A12, Criteria.U1, Criteria.U4];
    private readonly RuleSet _rules;
    private readonly Scorer _scorer;

    public RuleCaseRunner(RuleSet rules)
    {
        _rules = rules;
        _scorer = new Scorer(rules);
    }

    public RuleCaseResult Run(RuleCase ruleCase)
    {
        var mark = ruleCase.ScoredMark;
        var host = ScoringContext.HostOf(ruleCase.Subject);
        // The production engines, configured from the rules' "screening" and "pages" sections: the same findings the
        // pipeline sees.
        var matches = MarkIndex.Build(ruleCase.Marks, _rules.Screening.ToOptions()).Screen(host);
        var analyzer = new PageAnalyzer(ruleCase.Marks, _rules.Pages.ToOptions());
        var pages = ruleCase.Pages.Select(p => new PageEvidence
        {
            Url = p.Url,
            FinalUrl = p.FinalUrl,
            Status = p.Status,
            FetchedAt = ruleCase.Now,
            RedirectChain = p.RedirectChain,
            Findings = p.Html is null ? [] : analyzer.Analyze(p.Html, new Uri(p.FinalUrl ?? p.Url)),
        }).ToList();

        var evidence = new CaseEvidence
        {
            Dns = ruleCase.Dns,
            Registration = ruleCase.Registration,
            Pages = pages,
            RegistrantOtherFlaggedDomains = ruleCase.RegistrantOtherDomains,
            Reviewer = ruleCase.Reviewer,
        };
        var portfolio = PortfolioContext.For(mark, ruleCase.Marks, matches.Select(m => m.Mark));
        var input = new ScoringInput { Mark = mark, Subject = ruleCase.Subject, Matches = matches, Evidence = evidence, Portfolio = portfolio };
        var verdict = _scorer.Score(input, ruleCase.Now);
        var (deciding, pairs) = ruleCase.Panel is { } panel && !PanelAgreement.Agrees(panel.Outcome, verdict)
            ? DecidingFacts.Find(_scorer, input, ruleCase.Now, verdict)
            : ([], []);

        var own = matches.Where(m => string.Equals(m.Mark, mark.Id, StringComparison.OrdinalIgnoreCase)).ToList();
        var isUrl = ruleCase.Subject.Contains("://", StringComparison.Ordinal);
        var flagged = isUrl ? pages.SelectMany(p => p.Findings).Any(f => ActFindings.Contains(f.Criterion) && string.Equals(f.Mark, mark.Id, StringComparison.OrdinalIgnoreCase)) : own.Count > 0;
        var fired = Fired(verdict);
        return Compare(ruleCase, own, flagged, verdict, fired) with { DecidingFacts = deciding, DecidingPairs = pairs };
    }

    public static IReadOnlyList<string> Fired(Verdict verdict)
    {
        var fired = new HashSet<string>(StringComparer.Ordinal);
        foreach (var list in new[] { verdict.Act.Criteria, verdict.Damage.Criteria, verdict.Causation.Criteria, verdict.Fault.Criteria, verdict.GatesAndDefences })
        {
            foreach (var contribution in list)
            {
                if (contribution.Applies)
                {
                    fired.Add(contribution.Criterion);
                }
            }
        }

        return CriterionCatalog.Ids.Where(fired.Contains).ToList();
    }

    private static RuleCaseResult Compare(RuleCase ruleCase, List<DomainMatch> matches, bool flagged, Verdict verdict, IReadOnlyList<string> fired)
    {
        var e = ruleCase.Expect;
        var differences = new List<string>();
        if (e.Flagged is { } expectedFlag && expectedFlag != flagged)
        {
            differences.Add($"flagged: expected {Lower(expectedFlag)}, got {Lower(flagged)}");
        }

        if (e.Kinds is { } kinds)
        {
            var actual = matches.Select(m => m.Kind).ToHashSet();
            var missing = kinds.Where(k => !actual.Contains(k)).ToList();
            if (missing.Count > 0)
            {
                differences.Add($"kinds: expected [{string.Join(", ", kinds.Select(WireName.Kebab))}], got [{string.Join(", ", actual.Select(WireName.Kebab))}]");
            }
        }

        Check(differences, "act", e.Act, verdict.Act.Score);
        Check(differences, "damage", e.Damage, verdict.Damage.Score);
        Check(differences, "causation", e.Causation, verdict.Causation.Score);
        Check(differences, "fault", e.Fault, verdict.Fault.Score);
        Check(differences, "overall", e.Overall, verdict.Overall);
        Check(differences, "priority", e.Priority, verdict.Priority);
        Check(differences, "udrpFit", e.UdrpFit, verdict.Fits.Udrp);
        Check(differences, "courtFit", e.CourtFit, verdict.Fits.Court);
        Check(differences, "takedownFit", e.TakedownFit, verdict.Fits.Takedown);
        if (e.Outcome is { } outcome && outcome != verdict.Outcome)
        {
            differences.Add($"outcome: expected {WireName.Kebab(outcome)}, got {WireName.Kebab(verdict.Outcome)}");
        }

        if (e.Action is { } action && action != verdict.Action)
        {
            differences.Add($"action: expected {WireName.Kebab(action)} ({(int)action}), got {WireName.Kebab(verdict.Action)} ({(int)verdict.Action}): {verdict.ActionReason}");
        }

        if (e.DisputePath is { } path && path != verdict.DisputePath)
        {
            differences.Add($"disputePath: expected {WireName.Kebab(path)}, got {WireName.Kebab(verdict.DisputePath)}");
        }

        var missingCriteria = e.Fires.Where(id => !fired.Contains(id)).ToList();
        var unexpected = e.NotFires.Where(fired.Contains).ToList();
        if (missingCriteria.Count > 0)
        {
            differences.Add($"criteria expected to fire but did not: {string.Join(", ", missingCriteria)}");
        }

        if (unexpected.Count > 0)
        {
            differences.Add($"criteria expected not to fire but did: {string.Join(", ", unexpected)}");
        }

        return new RuleCaseResult
        {
            Case = ruleCase,
            Matches = matches,
            Flagged = flagged,
            Verdict = verdict,
            Fired = fired,
            Differences = differences,
            MissingCriteria = missingCriteria,
            UnexpectedCriteria = unexpected,
        };
    }

    private static void Check(List<string> differences, string name, ScoreBounds? bounds, double value)
    {
        if (bounds is not null && !bounds.Contains(value))
        {
            differences.Add($"{name}: expected {bounds}, got {value.ToString("0.###", CultureInfo.InvariantCulture)}");
        }
    }

    private static string Lower(bool value) => value ? "true" : "false";

}
