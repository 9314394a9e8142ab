using BrandWatch.Rules.Cases;
using BrandWatch.Rules.Evidence;
using BrandWatch.Rules.Screening;

namespace BrandWatch.Worker.Pipeline;

/// <summary>What a work item has gathered so far, persisted as JSON after every stage.</summary>
internal sealed record WorkState
{
    public required string Domain { get; init; }
    public required string Mark { get; init; }
    public IReadOnlyList<DomainMatch> Matches { get; init; } = [];
    public DnsEvidence? Dns { get; init; }
    public RegistrationEvidence? Registration { get; init; }

    /// <summary>The network of each A/AAAA address (IP and AS RDAP); null when not looked up.</summary>
    public IReadOnlyList<NetworkEvidence>? Networks { get; init; }
    public IReadOnlyList<PageEvidence> Pages { get; init; } = [];

    /// <summary>The filing built by the score stage; filed as is, so a retry sends the same bytes under the same key.</summary>
    public CaseFiling? Filing { get; init; }

    /// <summary>The key of <see cref="Filing"/>'s bytes (kept for the record; the filer derives it again from what it sends).</summary>
    public string? IdempotencyKey { get; init; }

    /// <summary>Set when the score stage recognised the owner's own domain: the rule and the evidence that show it.</summary>
    public OwnerDomainFinding? OwnerDomain { get; init; }

    /// <summary>
    /// Set for a page item: the submitted URL, which is also its subject (and the item's domain column). An item with an
    /// empty <see cref="Mark"/> is the page itself, waiting to be fetched and split into one page case per mark.
    /// </summary>
    public string? PageUrl { get; init; }

    /// <summary>The kind of a page case (chosen from its strongest finding); null for domain cases.</summary>
    public SubjectKind? Kind { get; init; }

    /// <summary>Which watch found the subject (content screening sets <see cref="CaseSource.Content"/>); filed as the case's source.</summary>
    public CaseSource? Source { get; init; }

    /// <summary>The certificate-transparency entry that named the domain (CT feed); filed in the case's evidence.</summary>
    public CertificateEvidence? Certificate { get; init; }

    /// <summary>The sighting that brought the subject (feed, item, time); filed with the case so the Api keeps it.</summary>
    public CaseSighting? Sighting { get; init; }
}
