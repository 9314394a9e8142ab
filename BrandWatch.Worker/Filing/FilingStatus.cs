namespace BrandWatch.Worker.Filing;

public enum FilingStatus
{
    /// <summary>The Api created the case (201).</summary>
    Created,
    /// <summary>
    /// The Api answered with a case it already had: a replay of this idempotency key (<c>Idempotent-Replayed</c>), or a
    /// new filing (a re-check) added to the open case for the same mark, subject and kind (200).
    /// </summary>
    Replayed,
    /// <summary>The Api refused the filing (4xx other than 408/429): retrying the same request cannot help.</summary>
    Rejected,
    /// <summary>The Api was unreachable or failed (5xx, 408, 429, timeout) after the retries: try again later.</summary>
    Unavailable,
}
