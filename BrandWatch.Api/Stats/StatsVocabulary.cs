using BrandWatch.Api.Alerts;
using BrandWatch.Api.Cases;

namespace BrandWatch.Api.Stats;

/// <summary>The dimensions of the daily table and every value each can take, so an answer lists zeros too.</summary>
internal static class StatsVocabulary
{
    public const string Opened = "opened";
    public const string Resolved = "resolved";
    public const string Kind = "kind";
    public const string Source = "source";
    public const string Action = "action";
    public const string Outcome = "outcome";
    public const string Status = "status";
    public const string Tld = "tld";
    public const string Registrar = "registrar";
    public const string Network = "network";
    public const string Campaign = "campaign";
    public const string TakedownSent = "takedown-sent";
    public const string TakedownAcknowledged = "takedown-acknowledged";
    public const string TakedownResolved = "takedown-resolved";

    /// <summary>The parties a takedown report goes to (the CHECK of takedown_actions, migration 0080).</summary>
    public static IReadOnlyList<string> Parties { get; } = ["registrar", "host", "registrant", "provider", "certificate-authority", "registry"];

    // The case's own words, the same lists a subscription filters by.
    public static IReadOnlyList<string> Kinds => AlertVocabulary.Kinds;

    public static IReadOnlyList<string> Sources => AlertVocabulary.Sources;

    public static IReadOnlyList<string> Actions => AlertVocabulary.Actions;

    public static IReadOnlyList<string> Outcomes => AlertVocabulary.Outcomes;

    public static IReadOnlyList<string> Statuses => CaseStatus.All;
}
