namespace BrandWatch.Api.Alerts;

/// <summary>Exponential backoff with jitter: the n-th failure waits between half and all of base·2^(n-1), capped.</summary>
public static class RetryPolicy
{
    /// <param name="failedAttempts">Failures so far, at least 1.</param>
    /// <param name="jitter">A number in [0, 1), from a random source.</param>
    public static TimeSpan Delay(int failedAttempts, TimeSpan baseDelay, TimeSpan maxDelay, double jitter)
    {
        var exponent = Math.Clamp(failedAttempts - 1, 0, 40);
        var ceiling = Math.Min(baseDelay.TotalMilliseconds * Math.Pow(2, exponent), maxDelay.TotalMilliseconds);
        return TimeSpan.FromMilliseconds((ceiling / 2) + (ceiling / 2 * Math.Clamp(jitter, 0, 1)));
    }
}
