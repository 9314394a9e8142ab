using BrandWatch.Rules.Screening;

namespace BrandWatch.Worker.Pipeline;

/// <summary>Screens one domain against the portfolio it was built for (the Rules MarkIndex once it lands).</summary>
internal interface IDomainScreener
{
    IReadOnlyList<DomainMatch> Screen(string domain);
}
