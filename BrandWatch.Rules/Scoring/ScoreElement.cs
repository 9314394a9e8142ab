namespace BrandWatch.Rules.Scoring;

/// <summary>Where a criterion's points go: one of the four elements, or the gates and defences.</summary>
public enum ScoreElement
{
    Act,
    Damage,
    Causation,
    Fault,
    GateOrDefence,
}
