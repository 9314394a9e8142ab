namespace BrandWatch.Rules.Evidence;

/// <summary>Everything known about one subject when it is scored. Null means unknown, never "no".</summary>
public sealed record CaseEvidence
{
    public DnsEvidence? Dns { get; init; }
    public RegistrationEvidence? Registration { get; init; }
    public IReadOnlyList<PageEvidence> Pages { get; init; } = [];

    /// <summary>The network of each A/AAAA address (IP RDAP), for abuse routing; null when not looked up.</summary>
    public IReadOnlyList<NetworkEvidence>? Networks { get; init; }

    /// <summary>Other marks' look-alike domains held by the same registrant (pattern, F4); null when unknown.</summary>
    public IReadOnlyList<string>? RegistrantOtherFlaggedDomains { get; init; }

    /// <summary>Facts recorded by reviewers or known from outside (ignored cease-and-desist, own trademark …).</summary>
    public ReviewerFacts? Reviewer { get; init; }

    /// <summary>The certificate-transparency entry that named the subject (CT feed); null for other sources.</summary>
    public CertificateEvidence? Certificate { get; init; }

    /// <summary>
    /// The subject's presence across looks (settled state, unconfirmed looks, the last confirmed change with its looks);
    /// null when the look was not tracked (page submissions, older filings).
    /// </summary>
    public Presence.PresenceRecord? Presence { get; init; }
}
