using BrandWatch.Rules.Cases;
using BrandWatch.Rules.Domains;

namespace BrandWatch.Api.Cases;

/// <summary>Normalises a filing's subject: a domain name for domain cases, an absolute http(s) URL for page cases.</summary>
internal static class SubjectParser
{
    public const int MaxUrlLength = 2048;

    /// <summary>(subject as stored, its host in ASCII) or the reason it is not valid.</summary>
    public static (string? Subject, string? Domain, string? Error) Parse(string subject, SubjectKind kind)
    {
        // A domain case keeps its domain as the subject when the evidence makes it phishing or counterfeit.
        if (kind == SubjectKind.Domain || (CaseKinds.IsDomainFamily(kind) && !subject.Contains("://", StringComparison.Ordinal)))
        {
            var parsed = DomainName.Parse(subject);
            return parsed.Success ? (parsed.Domain!.Ascii, parsed.Domain.Ascii, null) : (null, null, $"is not a domain name: {parsed.Error}");
        }

        if (subject.Length > MaxUrlLength)
        {
            return (null, null, $"is longer than {MaxUrlLength} characters");
        }

        if (!Uri.TryCreate(subject, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return (null, null, "must be an absolute http or https URL for a page case");
        }

        if (uri.HostNameType == UriHostNameType.Dns)
        {
            var host = DomainName.Parse(uri.IdnHost);
            if (!host.Success)
            {
                return (null, null, $"has a host that is not a domain name: {host.Error}");
            }

            return (uri.AbsoluteUri, host.Domain!.Ascii, null);
        }

        return (uri.AbsoluteUri, uri.Host, null);
    }
}
