using BrandWatch.Rules.Cases;
using BrandWatch.Api.Http;
using BrandWatch.Rules.Scoring;

namespace BrandWatch.Api.Facts;

/// <summary>The figures of a verdict a reviewer compares before and after facts, with the criteria that fired (gates and defences included when they apply).</summary>
public sealed record VerdictSnapshot(
    int Priority,
    string Outcome,
    string Action,
    string DisputePath,
    double Overall,
    double Act,
    double Damage,
    double Causation,
    double Fault,
    double UdrpFit,
    double CourtFit,
    double TakedownFit,
    IReadOnlyList<string> Fired)
{
    public static VerdictSnapshot Of(Verdict v) => new(
        v.Priority, WireName.Kebab(v.Outcome), WireName.Kebab(v.Action), WireName.Kebab(v.DisputePath), v.Overall,
        v.Act.Score, v.Damage.Score, v.Causation.Score, v.Fault.Score, v.Fits.Udrp, v.Fits.Court, v.Fits.Takedown,
        v.Act.Criteria.Concat(v.Damage.Criteria).Concat(v.Causation.Criteria).Concat(v.Fault.Criteria).Concat(v.GatesAndDefences)
            .Where(c => c.Applies).Select(c => c.Criterion).Distinct(StringComparer.Ordinal).ToArray());
}
