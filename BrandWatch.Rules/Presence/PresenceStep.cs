namespace BrandWatch.Rules.Presence;

/// <summary>
/// The result of one look: the record to keep, whether the look is held back (it would change a settled state without
/// confirmation, or it decides nothing), whether it confirmed a change, and a sentence that says which.
/// </summary>
public sealed record PresenceStep(PresenceRecord Record, bool Hold, PresenceChange? Changed, string Explanation);
