using BrandWatch.Rules.Screening;

namespace BrandWatch.Rules.RuleCases;

/// <summary>Screens one domain against the marks it was built for (the shape of Screening's MarkIndex).</summary>
public interface IDomainScreener
{
    IReadOnlyList<DomainMatch> Screen(string domain);
}
