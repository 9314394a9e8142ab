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
    private readonly PortfolioContextBuilder _contexts;
    private readonly DateTimeOffset _now;

    public NameOnlyTriage(IReadOnlyList<Mark> marks, RuleSet rules, DateTimeOffset now)
    {
        _scorer = new Scorer(rules);
        _now = now;
        _marks = marks.ToDictionary(m => m.Id, StringComparer.Ordinal);
        _contexts = new PortfolioContextBuilder(marks);
    }

    /// <summary>One verdict per mark the domain matches, keyed by mark id.</summary>
    public IReadOnlyDictionary<string, Verdict> Score(string domain, IReadOnlyList<DomainMatch> matches)
    {
        var verdicts = new Dictionary<string, Verdict>(StringComparer.Ordinal);
        foreach (var group in matches.GroupBy(m => m.Mark, StringComparer.Ordinal))
        {
            var mark = _marks[group.Key];
            var input = new ScoringInput
            {
                Mark = mark,
                Subject = domain,
                Matches = group.ToArray(),
                Evidence = NoEvidence,
                Portfolio = _contexts.For(mark, matches.Select(m => m.Mark)),
            };
            verdicts[group.Key] = _scorer.Score(input, _now);
        }

        return verdicts;
    }
}
