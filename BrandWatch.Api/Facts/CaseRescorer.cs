using BrandWatch.Api.Marks;
using BrandWatch.Rules.Cases;
using BrandWatch.Rules.Evidence;
using BrandWatch.Rules.Marks;
using BrandWatch.Rules.Scoring;
using BrandWatch.Rules.Scoring.Configuration;

namespace BrandWatch.Api.Facts;

/// <summary>
/// Scores a filed case again with the same <see cref="Scorer"/> the Worker uses, over the evidence as filed with the
/// reviewer's facts in place of any the filing carried. The time is the filing's observation time, so the verdict
/// depends on the evidence and the facts, not on the day the reviewer asked.
/// </summary>
internal sealed class CaseRescorer(RuleSet rules)
{
    private readonly Scorer _scorer = new(rules);

    public RuleSet Rules => _scorer.Rules;

    /// <summary>True when the filing was scored under the rules this Api scores with: only then can it be scored again.</summary>
    public bool CanRescore(CaseFiling filing) => string.Equals(filing.Verdict.RuleVersion, Rules.Version, StringComparison.Ordinal);

    /// <summary>Why a filing scored under other rules cannot be scored again here, for the answer's detail.</summary>
    public string OtherRulesVersion(CaseFiling filing) =>
        $"The case was scored under rule version '{filing.Verdict.RuleVersion}'; this Api scores with '{Rules.Version}'.";

    /// <param name="pattern">
    /// The registrant's other look-alikes under common control from the case's campaign (F4); null keeps what the filing says.
    /// </param>
    public Verdict Score(CaseFiling filing, MarkDocument mark, string owner, IEnumerable<MarkDocument> ownerMarks, ReviewerFacts? facts, IReadOnlyList<string>? pattern = null) =>
        _scorer.Score(Input(filing, mark, owner, ownerMarks, facts, pattern), filing.ObservedAt);

    /// <summary>
    /// The verdict with the given facts, the facts it leaves open that would each, recorded as true, change whether to
    /// file, and, when no single one would, the pairs that would only together (<see cref="DecidingFacts"/>).
    /// </summary>
    public (Verdict Verdict, IReadOnlyList<DecidingFact> Deciding, IReadOnlyList<DecidingPair> Pairs) Questions(
        CaseFiling filing, MarkDocument mark, string owner, IEnumerable<MarkDocument> ownerMarks, ReviewerFacts? facts, IReadOnlyList<string>? pattern = null)
    {
        var input = Input(filing, mark, owner, ownerMarks, facts, pattern);
        var verdict = _scorer.Score(input, filing.ObservedAt);
        var (deciding, pairs) = DecidingFacts.Find(_scorer, input, filing.ObservedAt, verdict);
        return (verdict, deciding, pairs);
    }

    private static ScoringInput Input(CaseFiling filing, MarkDocument mark, string owner, IEnumerable<MarkDocument> ownerMarks, ReviewerFacts? facts, IReadOnlyList<string>? pattern)
    {
        // Stored marks passed the portfolio rules when they were written; the Worker derives its marks the same way.
        var rulesMark = MarkValidator.ToMark(mark with { Owner = owner });

        // The same portfolio context as every other caller: the owner's marks and their official domains, and the other
        // marks the Worker found the subject's host matching when it scored the filing.
        var portfolio = ownerMarks.Select(m => MarkValidator.ToMark(m with { Owner = owner }));
        return new ScoringInput
        {
            Mark = rulesMark,
            Subject = filing.Subject,
            Matches = filing.Matches,
            Evidence = filing.Evidence with { Reviewer = facts, RegistrantOtherFlaggedDomains = pattern is { Count: > 0 } ? pattern : filing.Evidence.RegistrantOtherFlaggedDomains },
            Portfolio = PortfolioContext.For(rulesMark, portfolio, filing.OtherMarksMatched ?? []),
        };
    }
}
