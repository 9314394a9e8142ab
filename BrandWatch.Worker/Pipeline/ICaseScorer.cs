using BrandWatch.Rules.Evidence;
using BrandWatch.Rules.Marks;
using BrandWatch.Rules.Scoring;
using BrandWatch.Rules.Screening;

namespace BrandWatch.Worker.Pipeline;

/// <summary>Scores one (mark, subject) case.</summary>
internal interface ICaseScorer
{
    /// <summary>Ids of the other marks the subject's host matches (sent with the filing, so the Api re-scores with the same context).</summary>
    IReadOnlyList<string> OtherMarksMatched(Mark mark, string subject);

    Verdict Score(Mark mark, string subject, IReadOnlyList<DomainMatch> matches, IReadOnlyList<string> otherMarksMatched, CaseEvidence evidence, DateTimeOffset now);
}
