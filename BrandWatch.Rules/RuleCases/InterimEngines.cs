using BrandWatch.Rules.Marks;
using BrandWatch.Rules.Scoring.Configuration;

namespace BrandWatch.Rules.RuleCases;

/// <summary>The stand-in screener and page analyser; replaced by MarkIndex and PageAnalyzer once those land.</summary>
public sealed class InterimEngines : IRuleCaseEngines
{
    public static InterimEngines Instance { get; } = new();

    public IDomainScreener CreateScreener(IReadOnlyList<Mark> marks, RuleSet rules) => new InterimScreener(marks, rules.Screening);

    public IPageAnalyzer CreatePageAnalyzer(IReadOnlyList<Mark> marks, RuleSet rules) => new InterimPageAnalyzer(marks, rules);
}
