using BrandWatch.Rules.Evidence;

namespace BrandWatch.Rules.Cases;

/// <summary>
/// The kind of a case about a domain, from what its verdict shows: <c>phishing</c> when credentials, money or remote
/// access are collected under the mark (U1), <c>counterfeit</c> when a shop sells goods under it without the owner's
/// authorisation (U4, from the page or the reviewer's facts), otherwise what it was filed as. A kind, once the
/// evidence gave it, stays across re-checks: a page that no longer shows the misuse (taken down, parked, unreachable)
/// does not undo what happened; only evidence of the other misuse changes it. Used by the Worker when it files and by
/// the Api when a filing or a re-scoring reaches an open case, which records a change in the audit trail.
/// </summary>
public static class CaseKinds
{
    /// <summary>The kinds the evidence can give a domain case, strongest first: the first whose criterion fired wins.</summary>
    public static IReadOnlyList<(string Criterion, SubjectKind Kind, string Because)> Rows { get; } =
    [
        (Criteria.U1, SubjectKind.Phishing, "credentials, money or remote access are collected under the mark (U1)"),
        (Criteria.U4, SubjectKind.Counterfeit, "goods are sold under the mark without the owner's authorisation (U4)"),
    ];

    /// <summary>The kinds one case about a domain may move between.</summary>
    public static bool IsDomainFamily(SubjectKind kind) => kind is SubjectKind.Domain or SubjectKind.Phishing or SubjectKind.Counterfeit;

    /// <summary>
    /// The kind a case should have now. <paramref name="current"/> is the open case's kind (null for a new case),
    /// <paramref name="filed"/> the kind the filer sent, <paramref name="fired"/> the criteria the verdict fired. Page
    /// kinds (deep link, framing, meta tags) are about one page and keep what they were filed as.
    /// </summary>
    public static CaseKindDecision Decide(SubjectKind? current, SubjectKind filed, IReadOnlyCollection<string> fired)
    {
        ArgumentNullException.ThrowIfNull(fired);
        var kept = current ?? filed;
        if (!IsDomainFamily(kept))
        {
            return new CaseKindDecision(kept, null, "a page case keeps the kind it was filed as");
        }

        foreach (var (criterion, kind, because) in Rows)
        {
            // The current kind's own criterion still firing keeps it, even when another misuse shows too.
            if (kind == current && fired.Contains(criterion))
            {
                return new CaseKindDecision(kind, criterion, because);
            }
        }

        foreach (var (criterion, kind, because) in Rows)
        {
            if (fired.Contains(criterion))
            {
                return new CaseKindDecision(kind, criterion, because);
            }
        }

        return current is { } stays && stays != SubjectKind.Domain
            ? new CaseKindDecision(stays, null, "the evidence no longer shows the misuse; the kind stays as it was found")
            : new CaseKindDecision(kept, null, "no phishing or counterfeit evidence");
    }
}
