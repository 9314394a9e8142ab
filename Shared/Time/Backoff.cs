namespace BrandWatch.Time;

/// <summary>
/// The one back-off of the durable retries, shared by both hosts: the Worker's postponed work and content items and
/// the Api's webhook and e-mail deliveries. The n-th failure waits base·2^(n-1), capped at the maximum; deliveries
/// add jitter (between half and all of that) so that many failing at once do not come back at once.
/// </summary>
internal static class Backoff
{
    /// <param name="failedAttempts">Failures so far, at least 1.</param>
    public static TimeSpan Delay(long failedAttempts, TimeSpan baseDelay, TimeSpan maxDelay)
    {
        // In doubles so that no exponent overflows; below the cap the product is exact to the tick.
        var exponent = Math.Clamp(failedAttempts - 1, 0L, 62L);
        return TimeSpan.FromTicks((long)Math.Min(baseDelay.Ticks * Math.Pow(2, exponent), maxDelay.Ticks));
    }

    /// <param name="failedAttempts">Failures so far, at least 1.</param>
    /// <param name="jitter">A number in [0, 1), from a random source.</param>
    public static TimeSpan Jittered(long failedAttempts, TimeSpan baseDelay, TimeSpan maxDelay, double jitter)
    {
        var half = Delay(failedAttempts, baseDelay, maxDelay).Ticks / 2.0;
        return TimeSpan.FromTicks((long)(half + (half * Math.Clamp(jitter, 0, 1))));
    }
}
