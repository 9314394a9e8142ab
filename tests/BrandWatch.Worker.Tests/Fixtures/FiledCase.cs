using BrandWatch.Rules.Cases;

namespace BrandWatch.Worker.Tests.Fixtures;

/// <summary>A case the loopback Api accepted: its id, the key it came with, the filing and the raw JSON.</summary>
public sealed record FiledCase(int Id, string IdempotencyKey, CaseFiling Filing, string Json);
