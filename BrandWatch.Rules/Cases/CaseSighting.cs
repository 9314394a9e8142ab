namespace BrandWatch.Rules.Cases;

/// <summary>
/// One time a watch saw a name: which watch (<see cref="Source"/>), which of its feeds and where in it, and when. A CT
/// sighting names the log, the entry index and the certificate's SHA-256 as well. Part of the Api contract: it travels
/// inside a filing (the sighting that led to it) and alone to <c>POST /api/sightings</c> (a name seen again).
/// </summary>
public sealed record CaseSighting
{
    public required CaseSource Source { get; init; }

    /// <summary>The Worker's name of the feed (its configuration name).</summary>
    public required string Feed { get; init; }

    /// <summary>Where in the feed: the CT entry index, the line of a list; with <see cref="Feed"/> it keys the sighting.</summary>
    public required string Item { get; init; }

    /// <summary>When the watch saw the name (for CT the log's timestamp of the entry).</summary>
    public required DateTimeOffset SeenAt { get; init; }

    /// <summary>The CT log's URL; null for other sources.</summary>
    public string? Log { get; init; }

    /// <summary>The CT entry's index in <see cref="Log"/>.</summary>
    public long? Index { get; init; }

    /// <summary>SHA-256 (hex) of the certificate or precertificate; null when not known.</summary>
    public string? CertificateSha256 { get; init; }

    /// <summary>The certificate's issuer (distinguished name); null for other sources or when not known.</summary>
    public string? Issuer { get; init; }

    /// <summary>The certificate's subject alternative names (DNS names as logged); null for other sources or when not known.</summary>
    public IReadOnlyList<string>? SubjectAlternativeNames { get; init; }
}
