namespace BrandWatch.Rules.Scoring;

/// <summary>A criterion that fired: its id, its points (negative for defences), the evidence and a reason a lawyer can read.</summary>
public sealed record Contribution(string Criterion, double Points, string Evidence, string Reason)
{
    /// <summary>
    /// False for a gate or defence that was considered but does not apply (G0 passed, a reseller that fails a criterion):
    /// it stays in the verdict so the reviewer sees it was weighed.
    /// </summary>
    public bool Applies { get; init; } = true;
}
