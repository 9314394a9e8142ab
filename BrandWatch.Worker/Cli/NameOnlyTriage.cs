using BrandWatch.Rules.Evidence;
using BrandWatch.Rules.Marks;
using BrandWatch.Rules.Scoring;
using BrandWatch.Rules.Scoring.Configuration;
using BrandWatch.Rules.Screening;

namespace BrandWatch.Worker.Cli;

/// <summary>
/// Scores each (domain, mark) match of a scan on the name alone: no DNS, registration or page evidence, so every
/// evidence-based criterion is unknown. It orders a scan's output the way the review queue would before enrichment.
/// </summary>
internal sealed class NameOnlyTriage
{
    private static readonly CaseEvidence NoEvidence = new();
    private readonly Scorer _scorer;
    private readonly Dictionary<string, Mark> _marks;
    private readonly Dictionary<string, PortfolioContext> _contexts;
    private readonly DateTimeOffset _now;

    public NameOnlyTriage(IReadOnlyList<Mark> marks, RuleSet rules, DateTimeOffset now)
    {
        _scorer = new Scorer(rules);
        _now = now;
        _marks = marks.ToDictionary(m => m.Id, StringComparer.Ordinal);
        _contexts = marks.ToDictionary(m => m.Id, m => new PortfolioContext
        {
            OwnerDomains = marks
                .Where(other => other == m || (m.Owner is not null && string.Equals(other.Owner, m.Owner, StringComparison.OrdinalIgnoreCase)))
                .SelectMany(other => other.OfficialDomains)
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .ToArray(),
            OwnerMarks = marks
                .Where(other => m.Owner is not null && string.Equals(other.Owner, m.Owner, StringComparison.OrdinalIgnoreCase))
                .Select(other => other.Id)
                .ToArray(),
        }, StringComparer.Ordinal);
    }

    /// <summary>One verdict per mark the domain matches, keyed by mark id.</summary>
    public IReadOnlyDictionary<string, Verdict> Score(string domain, IReadOnlyList<DomainMatch> matches)
    {
        var verdicts = new Dictionary<string, Verdict>(StringComparer.Ordinal);
        foreach (var group in matches.GroupBy(m => m.Mark, StringComparer.Ordinal))
        {
            var others = matches.Select(m => m.Mark).Where(id => id != group.Key).Distinct(StringComparer.Ordinal).ToArray();
            var input = new ScoringInput
            {
                Mark = _marks[group.Key],
                Subject = domain,
                Matches = group.ToArray(),
                Evidence = NoEvidence,
                Portfolio = _contexts[group.Key] with { OtherMarksMatched = others },
            };
            verdicts[group.Key] = _scorer.Score(input, _now);
        }

        return verdicts;
    }
}
