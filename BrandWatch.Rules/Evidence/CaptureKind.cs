namespace BrandWatch.Rules.Evidence;

/// <summary>What a captured evidence file holds (serialised kebab-case: <c>warc</c>, <c>certificate-chain</c> …).</summary>
public enum CaptureKind
{
    /// <summary>A WARC/1.1 file (ISO 28500): warcinfo, then request, response and metadata records of every exchange.</summary>
    Warc,

    /// <summary>The TLS certificates the server presented, leaf first, as PEM.</summary>
    CertificateChain,

    /// <summary>The DNS answers for the page's host at capture time, as zone-file lines with the resolver and time.</summary>
    DnsAnswers,

    /// <summary>A full-page PNG rendered by headless Chromium.</summary>
    Screenshot,
}
