using BrandWatch.Api.Cases;
using BrandWatch.Api.Http;
using BrandWatch.Rules.Cases;
using BrandWatch.Rules.Scoring;

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

    /// <summary>The source of a case whose filer did not say which watch found it.</summary>
    public const string NoSource = "none";

    public static IReadOnlyList<string> Kinds { get; } = [.. Enum.GetValues<SubjectKind>().Select(WireName.Kebab)];

    public static IReadOnlyList<string> Sources { get; } = [.. Enum.GetValues<CaseSource>().Select(WireName.Kebab), NoSource];

    public static IReadOnlyList<string> Actions { get; } = [.. Enum.GetValues<RecommendedAction>().Select(WireName.Kebab)];

    public static IReadOnlyList<string> Outcomes { get; } = [.. Enum.GetValues<Outcome>().Select(WireName.Kebab)];

    public static IReadOnlyList<string> Statuses => CaseStatus.All;
}
