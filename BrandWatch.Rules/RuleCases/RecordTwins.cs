using System.Text;
using System.Text.Json;
using BrandWatch.Rules.Evidence;

namespace BrandWatch.Rules.RuleCases;

/// <summary>
/// For each decision the scorer disagrees with, the decisions of the other outcome that it follows and whose records
/// state the same thing: the same criteria fired, the same action, the same reviewer facts, the same flags on the mark
/// (well known, an ordinary word), the same DNS outcome, pages seen or not, other names of the registrant listed or not.
/// A rule that reads only what such records state cannot follow the panel of one without leaving the panel of its twin:
/// what separated them lies in the parts of the decisions the records do not hold.
/// </summary>
/// <param name="Twins">The twins of each disagreeing decision, by case name, in the order of the results; decisions without a twin are left out.</param>
/// <param name="LeastAgainstPanels">
/// The fewest decisions that any rule reading no more than the records would leave against their panels: in each
/// group of decisions whose records state the same, the smaller of its transfers and its denials, summed.
/// </param>
public sealed record RecordTwins(IReadOnlyDictionary<string, IReadOnlyList<string>> Twins, int LeastAgainstPanels)
{
    // The rule-case format's names (camelCase), so the record reads as the case files do.
    private static readonly JsonSerializerOptions CaseNames = new(JsonSerializerDefaults.Web);
    private static readonly string NoteName = JsonNamingPolicy.CamelCase.ConvertName(nameof(ReviewerFacts.Note));
    private static readonly string SaleName = JsonNamingPolicy.CamelCase.ConvertName(nameof(ReviewerFacts.SaleInitiatedBy));

    /// <summary>Groups the decisions by what their records state, each record worked out once.</summary>
    public static RecordTwins Of(IReadOnlyList<RuleCaseResult> results)
    {
        var decisions = new List<(RuleCaseResult Result, string Record, bool Denied, bool Agrees)>(results.Count);
        var followed = new Dictionary<(string Record, bool Denied), List<string>>();
        var groups = new Dictionary<string, (int Transferred, int Denied)>(StringComparer.Ordinal);
        foreach (var result in results)
        {
            if (result.Case.Panel is not { } panel)
            {
                continue;
            }

            var record = Record(result);
            var denied = panel.Outcome == PanelOutcome.Denied;
            var agrees = PanelAgreement.Agrees(panel.Outcome, result.Verdict);
            decisions.Add((result, record, denied, agrees));
            var (transferredCount, deniedCount) = groups.GetValueOrDefault(record);
            groups[record] = denied ? (transferredCount, deniedCount + 1) : (transferredCount + 1, deniedCount);
            if (agrees)
            {
                if (!followed.TryGetValue((record, denied), out var names))
                {
                    followed[(record, denied)] = names = [];
                }

                names.Add(result.Case.Name);
            }
        }

        var twins = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var (result, record, denied, agrees) in decisions)
        {
            if (!agrees && followed.TryGetValue((record, !denied), out var names))
            {
                twins[result.Case.Name] = names;
            }
        }

        return new RecordTwins(twins, groups.Values.Sum(g => Math.Min(g.Transferred, g.Denied)));
    }

    /// <summary>What a case's record states, as the scorer reads it, in one string: equal strings, equal records.</summary>
    internal static string Record(RuleCaseResult result)
    {
        var c = result.Case;
        var text = new StringBuilder();
        text.Append(result.Verdict.Action).Append('|').AppendJoin(' ', result.Fired)
            .Append("|well-known ").Append(c.ScoredMark.WellKnown).Append(" ordinary-word ").Append(c.ScoredMark.GenericWord)
            .Append("|dns ").Append(c.Dns?.Outcome.ToString() ?? "none")
            .Append("|pages ").Append(c.Pages.Count > 0)
            .Append("|other names ").Append(c.RegistrantOtherDomains is { Count: > 0 })
            .Append('|').Append(Reviewer(c.Reviewer));
        return text.ToString();
    }

    // A yes or no, and who raised a sale, are kept as stated; a date, an amount, a place or a note only as present, since
    // the criteria that weigh them against the case's other dates and amounts are in the record string already.
    private static string Reviewer(ReviewerFacts? facts)
    {
        if (facts is null)
        {
            return "no reviewer facts";
        }

        var text = new StringBuilder();
        foreach (var property in JsonSerializer.SerializeToElement(facts, CaseNames).EnumerateObject())
        {
            var value = property.Value;
            if (value.ValueKind == JsonValueKind.Null || property.Name == NoteName)
            {
                continue;
            }

            text.Append(property.Name).Append('=').Append(value.ValueKind switch
            {
                JsonValueKind.True => "yes",
                JsonValueKind.False => "no",
                _ when property.Name == SaleName => facts.SaleInitiatedBy.ToString(),
                _ => "stated",
            }).Append(' ');
        }

        return text.ToString();
    }
}
