using BrandWatch.Rules.Evidence;
using BrandWatch.Rules.Marks;
using BrandWatch.Rules.Scoring;
using BrandWatch.Rules.Screening;

namespace BrandWatch.Worker.Pipeline;

/// <summary>The Rules four-element scorer under the current rule configuration, with the case's <see cref="PortfolioContext"/>.</summary>
internal sealed class RulesCaseScorer(PortfolioProvider portfolio)
{
    public IReadOnlyList<string> OtherMarksMatched(Mark mark, string subject)
    {
        var snapshot = Snapshot();

        // A work item carries only its own mark's matches; the host is screened again for the others (F2).
        return snapshot.Screener.Screen(ScoringContext.HostOf(subject))
            .Select(m => m.Mark)
            .Where(id => !string.Equals(id, mark.Id, StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Order(StringComparer.OrdinalIgnoreCase)
            .ToArray();
    }

    public Verdict Score(Mark mark, string subject, IReadOnlyList<DomainMatch> matches, IReadOnlyList<string> otherMarksMatched, CaseEvidence evidence, DateTimeOffset now)
    {
        var snapshot = Snapshot();
        var input = new ScoringInput
        {
            Mark = mark,
            Subject = subject,
            Matches = matches,
            Evidence = evidence,
            Portfolio = snapshot.Contexts.For(mark, otherMarksMatched),
        };
        return snapshot.Scorer.Score(input, now);
    }

    private PortfolioSnapshot Snapshot() => portfolio.Current ?? throw new InvalidOperationException("the portfolio is not loaded yet");
}
