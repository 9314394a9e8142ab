namespace BrandWatch.Rules.Presence;

/// <summary>Whether a subject is up: its web host resolves and answers (live), DNS says it has none (gone), or neither is known.</summary>
public enum PresenceState
{
    /// <summary>No answer that decides: a resolver timed out or failed, or every page fetch failed without an HTTP status.</summary>
    Unknown,
    Live,
    Gone,
}
