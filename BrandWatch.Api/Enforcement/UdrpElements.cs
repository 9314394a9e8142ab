using BrandWatch.Rules.Scoring;
using BrandWatch.Rules.Screening;

namespace BrandWatch.Api.Enforcement;

/// <summary>
/// Sorts a verdict's criteria into the three elements of UDRP paragraph 4(a), so that each section of a complaint
/// argues from the criteria that fired and names them:
/// (i) confusing similarity from the act criteria (A*) and the screening matches;
/// (ii) no rights or legitimate interests from the defences weighed and found not to apply (X*), and from illegal
/// use (U1 phishing, U4 counterfeits, U8 malware), which never confers rights (Overview 2.13.1);
/// (iii) registration and use in bad faith from the fault criteria (F*), the use signals (U*), timing (C4) and the
/// G1 gate passed (the domain postdates the mark).
/// Defences that do apply are listed apart: they are the respondent's case, and a lawyer must answer them.
/// </summary>
internal static class UdrpElements
{
    private static readonly string[] IllegalUse = ["U1", "U4", "U8"];

    public static Dictionary<string, object?> Build(Verdict verdict, IReadOnlyList<DomainMatch> matches, IReadOnlyList<Contribution> all)
    {
        var similarity = verdict.Act.Criteria.Where(c => c.Applies && c.Criterion.StartsWith('A')).ToList();
        var noRights = verdict.GatesAndDefences.Where(c => !c.Applies && c.Criterion.StartsWith('X'))
            .Concat(all.Where(c => c.Applies && IllegalUse.Contains(c.Criterion, StringComparer.Ordinal)))
            .DistinctBy(c => c.Criterion).ToList();
        var badFaith = all.Where(c => c.Applies && (c.Criterion.StartsWith('F') || c.Criterion.StartsWith('U') || c.Criterion == "C4"))
            .Concat(verdict.GatesAndDefences.Where(c => !c.Applies && c.Criterion == "G1" && c.Points == 0 && !c.Evidence.Contains("unknown", StringComparison.Ordinal)))
            .DistinctBy(c => c.Criterion).ToList();
        var against = verdict.GatesAndDefences.Where(c => c.Applies).ToList();
        var rights = verdict.GatesAndDefences.FirstOrDefault(c => c.Criterion == "G0");

        return new Dictionary<string, object?>
        {
            ["rights"] = rights is null ? null : DraftModel.Criterion(rights),
            ["similarity"] = Section(similarity),
            ["similarity_matches"] = matches.Select(m => m.Explanation).ToList(),
            ["no_rights"] = Section(noRights),
            ["bad_faith"] = Section(badFaith, c => c.Criterion == "G1" ? "Registered after the mark's rights (3.8.1)" : null),
            ["against"] = against.Select(DraftModel.Criterion).ToList(),
            ["all_argued"] = similarity.Count > 0 && noRights.Count > 0 && badFaith.Count > 0,
        };
    }

    /// <summary>A section's criteria; <paramref name="rename"/> gives a criterion a title fit for this section.</summary>
    private static Dictionary<string, object?> Section(List<Contribution> criteria, Func<Contribution, string?>? rename = null) => new()
    {
        ["argued"] = criteria.Count > 0,
        ["criteria"] = criteria.Select(c =>
        {
            var entry = DraftModel.Criterion(c);
            if (rename?.Invoke(c) is { } name)
            {
                // G1 is titled for the gate it is ("predates"); passed, it is the argument that registration came after the mark.
                entry["name"] = name;
            }

            return entry;
        }).ToList(),
    };
}
