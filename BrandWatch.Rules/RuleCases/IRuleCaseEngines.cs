using BrandWatch.Rules.Marks;
using BrandWatch.Rules.Scoring.Configuration;

namespace BrandWatch.Rules.RuleCases;

/// <summary>Builds the screener and page analyser a rule case runs through, from the case's marks and the rules.</summary>
public interface IRuleCaseEngines
{
    IDomainScreener CreateScreener(IReadOnlyList<Mark> marks, RuleSet rules);

    IPageAnalyzer CreatePageAnalyzer(IReadOnlyList<Mark> marks, RuleSet rules);
}
