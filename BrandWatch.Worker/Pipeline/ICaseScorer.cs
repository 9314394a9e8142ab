using BrandWatch.Rules.Evidence;
using BrandWatch.Rules.Marks;
using BrandWatch.Rules.Scoring;
using BrandWatch.Rules.Screening;

namespace BrandWatch.Worker.Pipeline;

/// <summary>Scores one (mark, subject) case (the Rules scorer with the rule configuration once on main).</summary>
internal interface ICaseScorer
{
    Verdict Score(Mark mark, IReadOnlyList<DomainMatch> matches, CaseEvidence evidence, DateTimeOffset now);
}
