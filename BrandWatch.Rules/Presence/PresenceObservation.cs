using BrandWatch.Rules.Cases;
using BrandWatch.Rules.Evidence;

namespace BrandWatch.Rules.Presence;

/// <summary>One look at a subject: when, what it showed and why (the DNS outcome or the HTTP answer that decided it).</summary>
public sealed record PresenceObservation(DateTimeOffset At, PresenceState State, string Reason)
{
    /// <summary>
    /// What one look shows. A resolver failure (timeout, SERVFAIL, REFUSED, a network error) or resolvers that disagree
    /// on whether the name exists is unknown, never gone;
    /// NXDOMAIN, an empty answer or an answer without A, AAAA or CNAME is gone; a web host is live when a page answered
    /// with an HTTP status below 500, or when no page was fetched, and unknown when every fetch failed or answered 5xx.
    /// </summary>
    public static PresenceObservation Of(DnsEvidence? dns, IReadOnlyList<PageEvidence> pages, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(pages);
        if (dns is null)
        {
            return new(at, PresenceState.Unknown, "no DNS lookup was made");
        }

        switch (dns.Outcome)
        {
            case DnsOutcome.Timeout or DnsOutcome.ServFail or DnsOutcome.Refused or DnsOutcome.Error or DnsOutcome.Disputed:
                return new(at, PresenceState.Unknown, $"DNS {WireName.Kebab(dns.Outcome)}");
            case DnsOutcome.NxDomain or DnsOutcome.NoData:
                return new(at, PresenceState.Gone, $"DNS {WireName.Kebab(dns.Outcome)}");
        }

        if (!dns.HasWebHost)
        {
            return new(at, PresenceState.Gone, "DNS resolves but names no A, AAAA or CNAME");
        }

        if (pages.Count == 0)
        {
            return new(at, PresenceState.Live, "DNS names a web host");
        }

        foreach (var page in pages)
        {
            if (page.Status is < 500)
            {
                return new(at, PresenceState.Live, $"HTTP {page.Status} from {page.Url}");
            }
        }

        var status = pages.Select(p => p.Status).FirstOrDefault(s => s is not null);
        return new(at, PresenceState.Unknown, status is { } failed ? $"HTTP {failed} from every page" : "every page fetch failed without an HTTP answer");
    }
}
