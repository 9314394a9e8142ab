using BrandWatch.Rules.Cases;

namespace BrandWatch.Worker.Tests.Fixtures;

/// <summary>A case the loopback Api holds: its id and its latest filing (the key it came with, the filing, the raw JSON).</summary>
public sealed record FiledCase(int Id, string IdempotencyKey, CaseFiling Filing, string Json)
{
    /// <summary>How many filings the case has received (the first and every later look).</summary>
    public int Filings { get; init; } = 1;
}
