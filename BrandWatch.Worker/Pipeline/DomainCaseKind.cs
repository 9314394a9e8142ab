using BrandWatch.Rules.Cases;
using BrandWatch.Rules.Evidence;

namespace BrandWatch.Worker.Pipeline;

/// <summary>
/// The kind and subject of a case about a look-alike domain (not a submitted page): <c>phishing</c>, about the page
/// that does it, when one of its pages collects credentials, money or remote access under the mark (a U1 finding for
/// that mark), so that a subscription to phishing hears of it; otherwise <c>domain</c>, about the domain. The page URL
/// is the subject because the Api keys page cases by URL, as content screening does.
/// </summary>
internal static class DomainCaseKind
{
    public static (SubjectKind Kind, string Subject) For(string markId, string domain, IReadOnlyList<PageEvidence> pages)
    {
        foreach (var page in pages)
        {
            foreach (var finding in page.Findings)
            {
                if (string.Equals(finding.Criterion, Criteria.U1, StringComparison.Ordinal)
                    && (finding.Mark is null || string.Equals(finding.Mark, markId, StringComparison.OrdinalIgnoreCase))
                    && Uri.TryCreate(page.Url, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps))
                {
                    return (SubjectKind.Phishing, page.Url);
                }
            }
        }

        return (SubjectKind.Domain, domain);
    }
}
