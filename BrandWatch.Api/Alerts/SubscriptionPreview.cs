namespace BrandWatch.Api.Alerts;

/// <summary>
/// The answer of a subscription preview: the cases of the owner whose events of the last 30 days the filter would have
/// sent, newest first, at most <see cref="Limit"/> of them listed.
/// </summary>
public sealed record SubscriptionPreview
{
    public required string Owner { get; init; }

    /// <summary>The start of the window (30 days before <see cref="To"/>).</summary>
    public required DateTimeOffset From { get; init; }

    public required DateTimeOffset To { get; init; }

    /// <summary>How many cases the filter would have alerted on in the window (all of them, not only those listed).</summary>
    public required int Total { get; init; }

    /// <summary>How many alerts (matching events) that makes; an immediate subscription would have sent this many.</summary>
    public required int Alerts { get; init; }

    /// <summary>How many cases are listed at most.</summary>
    public required int Limit { get; init; }

    /// <summary>
    /// False when the owner had more events in the window than a preview reads
    /// (<see cref="SubscriptionPreviewStore.MaxEventsRead"/>): the figures then count the newest events only.
    /// </summary>
    public required bool Complete { get; init; }

    public required IReadOnlyList<SubscriptionPreviewCase> Cases { get; init; }
}
