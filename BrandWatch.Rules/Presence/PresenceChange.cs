namespace BrandWatch.Rules.Presence;

/// <summary>A confirmed change of presence: from which state to which, when, and the consistent looks that showed it.</summary>
public sealed record PresenceChange(PresenceState From, PresenceState To, DateTimeOffset At, IReadOnlyList<PresenceObservation> Observations);
