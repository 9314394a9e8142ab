using BrandWatch.Rules.Marks;
using BrandWatch.Rules.Screening;

namespace BrandWatch.Worker.Pipeline;

/// <summary>The Rules mark index behind the pipeline's screen stage, with the rule configuration's similarity floor.</summary>
internal sealed class MarkIndexScreener(IReadOnlyList<Mark> marks, ScreeningOptions options) : IDomainScreener
{
    private readonly MarkIndex _index = MarkIndex.Build(marks, options);

    public IReadOnlyList<DomainMatch> Screen(string domain) => _index.Screen(domain);
}
