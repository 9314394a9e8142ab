namespace BrandWatch.Worker.Crawling;

/// <summary>Everything one fetch observed: the final response, the redirects before it, the body and how it ended.</summary>
public sealed record FetchResult
{
    public required string Url { get; init; }

    /// <summary>The URL of the last response (after redirects); the requested URL when nothing was received.</summary>
    public required string FinalUrl { get; init; }

    /// <summary>Status of the last response; null when none was received.</summary>
    public int? Status { get; init; }

    /// <summary>Response and content headers of the last response; repeated headers joined with ", ".</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    public IReadOnlyList<RedirectHop> RedirectChain { get; init; } = [];

    public string? ContentType { get; init; }

    /// <summary>The body as received after decompression, at most the configured cap.</summary>
    public byte[] Body { get; init; } = [];

    /// <summary>The body decoded as text (charset from the header, a BOM or a meta tag; UTF-8 otherwise); null for binary types.</summary>
    public string? Text { get; init; }

    /// <summary>SHA-256 of <see cref="Body"/>, lower-case hex.</summary>
    public required string Sha256 { get; init; }

    /// <summary>True when the body was cut at the size cap (a gzip bomb ends here).</summary>
    public bool Truncated { get; init; }

    public required DateTimeOffset FetchedAt { get; init; }

    public TimeSpan Elapsed { get; init; }

    public CertificateDetails? Certificate { get; init; }

    /// <summary>The certificates the HTTPS server of the final URL presented, leaf first, as DER; empty for HTTP.</summary>
    public IReadOnlyList<byte[]> CertificateChain { get; init; } = [];

    /// <summary>Every exchange of the fetch in order: the redirects, then the final response (whose body is <see cref="Body"/>).</summary>
    public IReadOnlyList<HttpExchange> Exchanges { get; init; } = [];

    public FetchError Error { get; init; }

    public string? ErrorDetail { get; init; }

    public bool Succeeded => Error == FetchError.None && Status is >= 200 and < 300;
}
