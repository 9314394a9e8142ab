namespace BrandWatch.Rules.RuleCases;

/// <summary>What the panel ordered in a published decision a rule case is rebuilt from.</summary>
public enum PanelOutcome
{
    Transferred,
    Cancelled,
    Denied,
}
