using BrandWatch.Rules.Evidence;
using BrandWatch.Rules.Marks;
using BrandWatch.Rules.Scoring;
using BrandWatch.Rules.Screening;

namespace BrandWatch.Worker.Pipeline;

/// <summary>The Rules four-element scorer under the current rule configuration, with the owner's other official domains as context.</summary>
internal sealed class RulesCaseScorer(PortfolioProvider portfolio) : ICaseScorer
{
    public Verdict Score(Mark mark, string subject, IReadOnlyList<DomainMatch> matches, CaseEvidence evidence, DateTimeOffset now)
    {
        var snapshot = portfolio.Current ?? throw new InvalidOperationException("the portfolio is not loaded yet");
        var ownerDomains = snapshot.Portfolio.Marks
            .Where(m => m.Owner is not null && string.Equals(m.Owner, mark.Owner, StringComparison.OrdinalIgnoreCase))
            .SelectMany(m => m.OfficialDomains)
            .Concat(mark.OfficialDomains)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        var input = new ScoringInput
        {
            Mark = mark,
            Subject = subject,
            Matches = matches,
            Evidence = evidence,
            Portfolio = new PortfolioContext { OwnerDomains = ownerDomains },
        };
        return snapshot.Scorer.Score(input, now);
    }
}
