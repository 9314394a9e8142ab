using BrandWatch.Api.Alerts;

namespace BrandWatch.Api.Tests.Alerts;

public sealed class RetryPolicyTests
{
    [Theory]
    [InlineData(1, 0.0, 5)]
    [InlineData(1, 0.999, 10)]
    [InlineData(2, 0.0, 10)]
    [InlineData(3, 0.5, 30)]
    [InlineData(4, 0.999, 80)]
    [InlineData(9, 0.0, 1280)]
    [InlineData(9, 0.999, 2560)]
    [InlineData(10, 0.0, 1800)]
    [InlineData(10, 0.999, 3600)]
    [InlineData(60, 0.999, 3600)]
    public void Delay_FailedAttempts_DoublesWithJitterUpToTheCap(int failures, double jitter, double expectedSeconds)
    {
        var delay = RetryPolicy.Delay(failures, TimeSpan.FromSeconds(10), TimeSpan.FromHours(1), jitter);

        Assert.InRange(delay.TotalSeconds, expectedSeconds * 0.99, expectedSeconds * 1.01);
    }
}
