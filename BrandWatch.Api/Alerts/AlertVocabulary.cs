using BrandWatch.Rules.Cases;
using BrandWatch.Rules.Scoring;

namespace BrandWatch.Api.Alerts;

/// <summary>
/// The closed word lists of a subscription (kebab-case on the wire and in the database). Kinds, outcomes, actions and
/// sources are the Rules enums' own names (<see cref="WireName"/>), so a member added there is accepted here too.
/// </summary>
public static class AlertVocabulary
{
    public static IReadOnlyList<string> Kinds => WireName.All<SubjectKind>();

    /// <summary>Verdict outcomes, weakest first (the order <see cref="Outcome"/> declares): the index is the rank a minimum compares against.</summary>
    public static IReadOnlyList<string> Outcomes => WireName.All<Outcome>();

    /// <summary>Recommended actions (the verdict's, kebab-case).</summary>
    public static IReadOnlyList<string> Actions => WireName.All<RecommendedAction>();

    /// <summary>Which watch found a case; <see cref="NoSource"/> for cases whose filer did not say.</summary>
    public static IReadOnlyList<string> Sources { get; } = [.. WireName.All<CaseSource>(), NoSource];

    public const string NoSource = "none";

    public static IReadOnlyList<string> Deliveries { get; } = [Immediate, Hourly, Daily];

    public static IReadOnlyList<string> Channels { get; } = [Webhook, Email];

    public static IReadOnlyList<string> Formats { get; } = ["json", "slack", "teams"];

    public const string Immediate = "immediate";
    public const string Hourly = "hourly";
    public const string Daily = "daily";
    public const string Webhook = "webhook";
    public const string Email = "email";

    public static int OutcomeRank(string outcome)
    {
        for (var i = 0; i < Outcomes.Count; i++)
        {
            if (string.Equals(Outcomes[i], outcome, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }
}
