using BrandWatch.Rules.Evidence;

namespace BrandWatch.Worker.Crawling;

/// <summary>Turns a fetch into the <see cref="PageEvidence"/> the scorer reads (findings are added by page analysis).</summary>
public static class FetchResultExtensions
{
    public static PageEvidence ToPageEvidence(this FetchResult fetch, IReadOnlyList<PageFinding>? findings = null)
    {
        ArgumentNullException.ThrowIfNull(fetch);
        return new PageEvidence
        {
            Url = fetch.Url,
            FinalUrl = fetch.FinalUrl,
            Status = fetch.Status,
            // Without a response there is no body to fingerprint: the hash of nothing would read as evidence.
            Sha256 = fetch.Status is null ? null : fetch.Sha256,
            FetchedAt = fetch.FetchedAt,
            RedirectChain = [.. fetch.RedirectChain.Select(h => h.Url), .. fetch.RedirectChain.Count > 0 ? new[] { fetch.FinalUrl } : []],
            Findings = findings ?? [],
            Certificate = fetch.Certificate is { } c
                ? new ServerCertificateEvidence
                {
                    Issuer = c.Issuer, Subject = c.Subject, NotBefore = c.NotBefore, NotAfter = c.NotAfter, SerialNumber = c.SerialNumber,
                    Sha256 = c.Sha256Fingerprint, ValidationErrors = c.ValidationErrors,
                }
                : null,
        };
    }
}
