using BrandWatch.Time;

namespace BrandWatch.Api.Tests.Alerts;

/// <summary>The shared back-off (Shared/Time) as the deliveries use it, with jitter, and as the Worker's work items use it, without.</summary>
public sealed class BackoffTests
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
    public void Jittered_FailedAttempts_DoublesWithJitterUpToTheCap(int failures, double jitter, double expectedSeconds)
    {
        var delay = Backoff.Jittered(failures, TimeSpan.FromSeconds(10), TimeSpan.FromHours(1), jitter);

        Assert.InRange(delay.TotalSeconds, expectedSeconds * 0.99, expectedSeconds * 1.01);
    }

    [Theory]
    [InlineData(1, 5)]
    [InlineData(2, 10)]
    [InlineData(5, 80)]
    [InlineData(7, 320)]
    [InlineData(8, 600)]
    [InlineData(1000, 600)]
    public void Delay_FailedAttempts_DoublesExactlyUpToTheCap(long failures, int expectedSeconds) =>
        Assert.Equal(TimeSpan.FromSeconds(expectedSeconds), Backoff.Delay(failures, TimeSpan.FromSeconds(5), TimeSpan.FromMinutes(10)));
}
