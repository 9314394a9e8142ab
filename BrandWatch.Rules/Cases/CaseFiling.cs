using BrandWatch.Rules.Evidence;
using BrandWatch.Rules.Scoring;
using BrandWatch.Rules.Screening;

namespace BrandWatch.Rules.Cases;

/// <summary>
/// What the Worker files into the Api (<c>POST /api/cases</c>): one mark, one subject, the matches, the evidence and
/// the verdict. The Api keys a case by (Mark, Subject, Kind).
/// </summary>
public sealed record CaseFiling
{
    /// <summary>The mark's id.</summary>
    public required string Mark { get; init; }

    /// <summary>The domain (ASCII form) or the page URL the case is about.</summary>
    public required string Subject { get; init; }

    public required SubjectKind Kind { get; init; }

    /// <summary>Which watch found the subject; null when the filer does not say.</summary>
    public CaseSource? Source { get; init; }

    /// <summary>The sighting that led to this filing (source, feed, item, time); null when the filer does not say.</summary>
    public CaseSighting? Sighting { get; init; }

    public IReadOnlyList<DomainMatch> Matches { get; init; } = [];

    /// <summary>
    /// Ids of the other marks the subject's host also matched when it was scored (F2, two marks in one name); the
    /// Api's re-scoring builds the same portfolio context from them. Null in filings from before they were sent.
    /// </summary>
    public IReadOnlyList<string>? OtherMarksMatched { get; init; }

    public required CaseEvidence Evidence { get; init; }

    public required Verdict Verdict { get; init; }

    /// <summary>When the Worker observed the evidence.</summary>
    public required DateTimeOffset ObservedAt { get; init; }
}
