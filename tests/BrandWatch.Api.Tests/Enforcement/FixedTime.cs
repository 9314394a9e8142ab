namespace BrandWatch.Api.Tests.Enforcement;

/// <summary>A clock that always reads the same instant, so that dated drafts compare with golden files.</summary>
public sealed class FixedTime(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
