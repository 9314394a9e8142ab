namespace BrandWatch.Rules.Evidence;

/// <summary>One field of a case's evidence that two looks saw differently: what it was and what it is now.</summary>
public sealed record EvidenceChange(string Field, string Before, string After)
{
    public override string ToString() => $"{Field} {Before} → {After}";
}
