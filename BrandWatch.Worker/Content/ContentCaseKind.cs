using BrandWatch.Rules.Cases;
using BrandWatch.Rules.Evidence;

namespace BrandWatch.Worker.Content;

/// <summary>
/// Which page findings content screening files, and as what: only impersonation, a page presenting itself as the brand
/// to take credentials, money or remote access (U1 → phishing). Every other finding (metadata, deep links, framing,
/// parking, fair-use signals) is recorded on the screened domain, not filed: on an arbitrary new site those are
/// ordinary uses far more often than misuse, and a reviewer asked for them submits the URL. A criterion the page
/// analyser adds for impersonation is one more row here.
/// </summary>
internal static class ContentCaseKind
{
    public static IReadOnlyList<(string Criterion, SubjectKind Kind)> Filed { get; } =
    [
        (Criteria.U1, SubjectKind.Phishing),
    ];

    /// <summary>The kind a finding files as, or null when content screening only records it.</summary>
    public static SubjectKind? For(PageFinding finding)
    {
        foreach (var (criterion, kind) in Filed)
        {
            if (string.Equals(criterion, finding.Criterion, StringComparison.Ordinal))
            {
                return kind;
            }
        }

        return null;
    }
}
