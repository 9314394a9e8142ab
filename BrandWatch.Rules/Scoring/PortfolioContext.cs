using BrandWatch.Rules.Marks;

namespace BrandWatch.Rules.Scoring;

/// <summary>
/// What the rest of the portfolio says about a case: the owner's other domains and other marks the subject also imitates.
/// Every caller (scan, the pipeline, rule cases, the Api's re-scoring) builds it with <see cref="For"/> or a
/// <see cref="PortfolioContextBuilder"/>, so one input gives one verdict wherever it is scored.
/// </summary>
public sealed record PortfolioContext
{
    public static PortfolioContext Empty { get; } = new();

    /// <summary>Official domains of every mark of the same owner (a redirect or deep link to any of them counts).</summary>
    public IReadOnlyList<string> OwnerDomains { get; init; } = [];

    /// <summary>Ids of other marks the same subject matches (two marks in one name, as in vitamixcostco.com).</summary>
    public IReadOnlyList<string> OtherMarksMatched { get; init; } = [];

    /// <summary>Ids of the owner's own marks: a name joining two of them is the owner's combination, not another party's (F2).</summary>
    public IReadOnlyList<string> OwnerMarks { get; init; } = [];

    /// <summary>
    /// The context of <paramref name="mark"/> within <paramref name="portfolio"/>, for a subject whose screening matched
    /// <paramref name="marksMatched"/> (ids of every mark it matched; the scored mark itself is left out).
    /// </summary>
    public static PortfolioContext For(Mark mark, IEnumerable<Mark> portfolio, IEnumerable<string> marksMatched) =>
        new PortfolioContextBuilder(portfolio).For(mark, marksMatched);
}
