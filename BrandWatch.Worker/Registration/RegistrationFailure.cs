namespace BrandWatch.Worker.Registration;

/// <summary>Why a registration lookup gave no data. Every expected failure is one of these, never an exception.</summary>
public enum RegistrationFailure
{
    /// <summary>The registry says the domain is not registered (RDAP 404, WHOIS "no match").</summary>
    NotFound,

    /// <summary>Neither an RDAP service nor a WHOIS server is known for the TLD.</summary>
    NoService,

    /// <summary>The server kept answering 429 (or a WHOIS limit message) beyond the retries or the longest wait allowed.</summary>
    RateLimited,

    /// <summary>No answer within the time allowed.</summary>
    Timeout,

    /// <summary>The server could not be reached or answered with a server error after the retries.</summary>
    Unavailable,

    /// <summary>The answer could not be read (invalid JSON, not an RDAP domain object, empty WHOIS text).</summary>
    Malformed,

    /// <summary>The name given is not a domain name.</summary>
    InvalidDomain,
}
