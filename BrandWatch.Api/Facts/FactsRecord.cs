using BrandWatch.Api.Cases;
using BrandWatch.Rules.Evidence;

namespace BrandWatch.Api.Facts;

/// <summary>
/// One version of a case's reviewer facts with what the re-scoring made of it: the verdict before and after, each
/// figure that moved, and the criteria that started or stopped firing. <c>Case</c> is set on the answer to a PUT.
/// </summary>
public sealed record FactsRecord
{
    public required long CaseId { get; init; }
    public required long Version { get; init; }
    public required ReviewerFacts Facts { get; init; }
    public required DateTimeOffset At { get; init; }
    public required string Actor { get; init; }
    public required string ActorRole { get; init; }

    /// <summary>The filing whose evidence was re-scored (the newest when the facts were stated).</summary>
    public required long FilingId { get; init; }
    public required long MarkVersion { get; init; }
    public required string RuleVersion { get; init; }
    public required string RuleHash { get; init; }
    public required VerdictSnapshot Before { get; init; }
    public required VerdictSnapshot After { get; init; }
    public required IReadOnlyList<ScoreChange> Changes { get; init; }
    public required IReadOnlyList<string> CriteriaFired { get; init; }
    public required IReadOnlyList<string> CriteriaStopped { get; init; }
    public CaseSummary? Case { get; init; }

    public static (IReadOnlyList<ScoreChange> Changes, IReadOnlyList<string> Fired, IReadOnlyList<string> Stopped) Compare(VerdictSnapshot before, VerdictSnapshot after)
    {
        var changes = new List<ScoreChange>();
        void Add(string element, double b, double a)
        {
            if (Math.Abs(a - b) > 1e-9)
            {
                changes.Add(new ScoreChange(element, b, a));
            }
        }

        Add("act", before.Act, after.Act);
        Add("damage", before.Damage, after.Damage);
        Add("causation", before.Causation, after.Causation);
        Add("fault", before.Fault, after.Fault);
        Add("udrpFit", before.UdrpFit, after.UdrpFit);
        Add("courtFit", before.CourtFit, after.CourtFit);
        Add("takedownFit", before.TakedownFit, after.TakedownFit);
        Add("overall", before.Overall, after.Overall);
        Add("priority", before.Priority, after.Priority);
        return (changes, after.Fired.Except(before.Fired, StringComparer.Ordinal).ToArray(), before.Fired.Except(after.Fired, StringComparer.Ordinal).ToArray());
    }
}
