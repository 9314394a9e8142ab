namespace BrandWatch.Rules.Presence;

/// <summary>
/// What is known of a subject's presence across looks: the settled state and since when, the run of looks that
/// disagree with it (a change waiting for confirmation), the last looks, and the last confirmed change with the looks
/// that confirmed it. Kept by the Worker per (domain, mark) and filed in <see cref="Evidence.CaseEvidence.Presence"/>.
/// </summary>
public sealed record PresenceRecord
{
    /// <summary>Unknown until a look decides; after that only a confirmed change moves it.</summary>
    public PresenceState State { get; init; }

    public DateTimeOffset? Since { get; init; }

    /// <summary>Consecutive deciding looks that disagree with <see cref="State"/>, oldest first; empty when none.</summary>
    public IReadOnlyList<PresenceObservation> Pending { get; init; } = [];

    /// <summary>The last looks, oldest first, at most <see cref="PresenceHysteresis.RecentLooks"/>.</summary>
    public IReadOnlyList<PresenceObservation> Recent { get; init; } = [];

    /// <summary>The last confirmed change: the state it left and the looks that confirmed it; null before any.</summary>
    public PresenceChange? LastChange { get; init; }
}
