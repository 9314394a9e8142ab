using BrandWatch.Rules.Cases;
using BrandWatch.Rules.Evidence;

namespace BrandWatch.Worker.Pipeline;

/// <summary>
/// Which page findings make a page case, and its kind from the strongest of them: U1 (phishing) before A9 (framing)
/// before A8 (deep link) before A10, A11 or A12 (the mark in metadata, hidden text or imitated branding: meta-tags).
/// </summary>
internal static class PageCaseKind
{
    private static readonly (string Criterion, SubjectKind Kind)[] Order =
    [
        ("U1", SubjectKind.Phishing),
        ("A9", SubjectKind.Framing),
        ("A8", SubjectKind.DeepLink),
        ("A10", SubjectKind.MetaTags),
        ("A11", SubjectKind.MetaTags),
        ("A12", SubjectKind.MetaTags),
    ];

    public static bool IsPageLevel(PageFinding finding) => Order.Any(o => string.Equals(o.Criterion, finding.Criterion, StringComparison.Ordinal));

    /// <summary>The kind for a mark's findings, or null when none of them is page-level.</summary>
    public static SubjectKind? For(IEnumerable<PageFinding> findings)
    {
        var criteria = findings.Select(f => f.Criterion).ToHashSet(StringComparer.Ordinal);
        foreach (var (criterion, kind) in Order)
        {
            if (criteria.Contains(criterion))
            {
                return kind;
            }
        }

        return null;
    }
}
