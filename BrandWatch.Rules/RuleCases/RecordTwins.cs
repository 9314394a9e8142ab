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
public static class RecordTwins
{
    // The rule-case format's names (camelCase), so the record reads as the case files do.
    private static readonly JsonSerializerOptions CaseNames = new(JsonSerializerDefaults.Web);
    private static readonly string NoteName = JsonNamingPolicy.CamelCase.ConvertName(nameof(ReviewerFacts.Note));
    private static readonly string SaleName = JsonNamingPolicy.CamelCase.ConvertName(nameof(ReviewerFacts.SaleInitiatedBy));

    /// <summary>The twins of each disagreeing decision, by case name, in the order of the results; decisions without a twin are left out.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Find(IReadOnlyList<RuleCaseResult> results)
    {
        var followed = new Dictionary<(string Record, bool Denied), List<string>>();
        foreach (var result in results)
        {
            if (result.Case.Panel is { } panel && PanelAgreement.Agrees(panel.Outcome, result.Verdict))
            {
                var key = (Record(result), panel.Outcome == PanelOutcome.Denied);
                if (!followed.TryGetValue(key, out var names))
                {
                    followed[key] = names = [];
                }

                names.Add(result.Case.Name);
            }
        }

        var twins = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var result in results)
        {
            if (result.Case.Panel is { } panel && !PanelAgreement.Agrees(panel.Outcome, result.Verdict)
                && followed.TryGetValue((Record(result), panel.Outcome != PanelOutcome.Denied), out var names))
            {
                twins[result.Case.Name] = names;
            }
        }

        return twins;
    }

    /// <summary>
    /// The fewest decisions that any rule reading no more than the records would leave against their panels: in each
    /// group of decisions whose records state the same, the smaller of its transfers and its denials, summed.
    /// </summary>
    public static int LeastAgainstPanels(IReadOnlyList<RuleCaseResult> results)
    {
        var groups = new Dictionary<string, (int Transferred, int Denied)>(StringComparer.Ordinal);
        foreach (var result in results)
        {
            if (result.Case.Panel is { } panel)
            {
                var key = Record(result);
                var (transferred, denied) = groups.GetValueOrDefault(key);
                groups[key] = panel.Outcome == PanelOutcome.Denied ? (transferred, denied + 1) : (transferred + 1, denied);
            }
        }

        return groups.Values.Sum(g => Math.Min(g.Transferred, g.Denied));
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
