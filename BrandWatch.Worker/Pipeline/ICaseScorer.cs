using BrandWatch.Rules.Evidence;
using BrandWatch.Rules.Marks;
using BrandWatch.Rules.Scoring;
using BrandWatch.Rules.Screening;

namespace BrandWatch.Worker.Pipeline;

/// <summary>Scores one (mark, subject) case.</summary>
internal interface ICaseScorer
{
    Verdict Score(Mark mark, string subject, IReadOnlyList<DomainMatch> matches, CaseEvidence evidence, DateTimeOffset now);
}
