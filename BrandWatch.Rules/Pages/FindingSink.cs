using BrandWatch.Rules.Evidence;

namespace BrandWatch.Rules.Pages;

/// <summary>
/// Collects the findings of one page: evidence clipped, at most <see cref="PageAnalysisOptions.MaxFindingsPerCriterion"/>
/// per criterion and mark, and a record of what was reported so a later detector can defer to an earlier one.
/// </summary>
internal sealed class FindingSink(AnalyzerTables tables)
{
    private readonly List<PageFinding> _findings = [];
    private readonly Dictionary<(string, string?), int> _perCriterion = [];

    public IReadOnlyList<PageFinding> Findings => _findings;

    /// <summary>Adds a finding for <paramref name="mark"/> (an index into the portfolio, or null for none).</summary>
    public void Add(string criterion, int? mark, string evidence, string reason, Dictionary<string, string>? facts = null)
    {
        var markId = mark is { } m ? tables.Marks[m].Id : null;
        var key = (criterion, markId);
        _perCriterion.TryGetValue(key, out var count);
        if (count >= tables.Options.MaxFindingsPerCriterion)
        {
            return;
        }

        _perCriterion[key] = count + 1;
        _findings.Add(new PageFinding
        {
            Criterion = criterion,
            Mark = markId,
            Evidence = PageMarkup.Clip(evidence, tables.Options.MaxEvidenceChars),
            Reason = reason,
            Facts = facts ?? new Dictionary<string, string>(),
        });
    }

    /// <summary>A finding of the criterion was reported for the mark.</summary>
    public bool Has(string criterion, int mark) => _perCriterion.ContainsKey((criterion, tables.Marks[mark].Id));

    /// <summary>A finding of the criterion was reported for any mark or none.</summary>
    public bool HasAny(string criterion) => _perCriterion.Keys.Any(k => k.Item1 == criterion);
}
