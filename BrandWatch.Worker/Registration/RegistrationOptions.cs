using System.ComponentModel.DataAnnotations;

namespace BrandWatch.Worker.Registration;

/// <summary>Settings of the RDAP and WHOIS clients, bound from the "Registration" configuration section.</summary>
public sealed class RegistrationOptions
{
    /// <summary>
    /// An IANA RDAP bootstrap file (dns.json), read at start-up when it exists and rewritten by each refresh; null, or a
    /// file not yet written, starts from the copy embedded from data/iana-rdap-dns.json.
    /// </summary>
    public string? BootstrapFile { get; set; }

    /// <summary>
    /// The IANA RDAP bootstrap files for numbers (ipv4.json, ipv6.json, asn.json; RFC 9224), read again whenever one
    /// changes on disk. None ships with BrandWatch: the reference-data job downloads them into the state folder, which
    /// is where the Worker looks when these are not set. While a file is missing, its addresses are "no-service".
    /// </summary>
    public string? Ipv4BootstrapFile { get; set; }

    /// <inheritdoc cref="Ipv4BootstrapFile"/>
    public string? Ipv6BootstrapFile { get; set; }

    /// <inheritdoc cref="Ipv4BootstrapFile"/>
    public string? AsnBootstrapFile { get; set; }

    /// <summary>Addresses of one subject looked up in IP RDAP (its A records, then its AAAA records); 0 turns it off.</summary>
    [Range(0, 32)]
    public int MaxNetworkLookups { get; set; } = 4;

    /// <summary>How long an IP network or AS answer is reused for other subjects on the same address.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "30.00:00:00")]
    public TimeSpan NetworkCacheTime { get; set; } = TimeSpan.FromDays(1);

    /// <summary>Where <see cref="RdapBootstrapRefresher"/> downloads the bootstrap from.</summary>
    public Uri BootstrapUrl { get; set; } = new("https://data.iana.org/rdap/dns.json");

    /// <summary>RDAP base URLs that replace the bootstrap's for a TLD ("com" → "https://rdap.example/"), e.g. a mirror.</summary>
    public IDictionary<string, string> RdapBaseUrls { get; init; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Follow the registrar's RDAP "related" link when the registry's answer has no registrant data.</summary>
    public bool FollowRegistrarLink { get; set; } = true;

    /// <summary>Time allowed for one HTTP attempt.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:05:00")]
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Time allowed for one RDAP request including its retries and Retry-After waits.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00")]
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Retries after a failed attempt (429, 5xx, timeout, connection error); never unbounded.</summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 3;

    /// <summary>Base delay of the exponential back-off between retries when the server gives no Retry-After.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest Retry-After honoured; a server asking for more is reported as rate limited at once.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Requests in flight at once to one RDAP server (per authority) or one WHOIS server.</summary>
    [Range(1, 64)]
    public int MaxConcurrentRequestsPerServer { get; set; } = 2;

    /// <summary>Sent with every RDAP request.</summary>
    [Required]
    public string UserAgent { get; set; } = "BrandWatch/1.0 (trademark monitoring; registration data lookup)";

    /// <summary>The server asked which WHOIS server serves a TLD.</summary>
    [Required]
    public string WhoisIanaServer { get; set; } = "whois.iana.org";

    /// <summary>WHOIS servers by TLD, asked before IANA's referral ("de" → "whois.denic.de").</summary>
    public IDictionary<string, string> WhoisServers { get; init; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["cn"] = "whois.cnnic.cn",
        ["de"] = "whois.denic.de",
        ["uk"] = "whois.nic.uk",
        ["jp"] = "whois.jprs.jp",
        ["ru"] = "whois.tcinet.ru",
    };

    /// <summary>Query text per WHOIS server where the plain domain is not enough; {0} is the domain.</summary>
    public IDictionary<string, string> WhoisQueryFormats { get; init; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["whois.denic.de"] = "-T dn,ace {0}",
        ["whois.jprs.jp"] = "{0}/e",
    };

    /// <summary>Where to connect for a WHOIS host name ("whois.nic.test" → "127.0.0.1:4343"); for mirrors and tests.</summary>
    public IDictionary<string, string> WhoisEndpoints { get; init; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    [Range(1, 65535)]
    public int WhoisPort { get; set; } = 43;

    /// <summary>Time allowed for one WHOIS conversation (connect, ask, read to the end).</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:05:00")]
    public TimeSpan WhoisTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Largest WHOIS answer read; the rest is dropped.</summary>
    [Range(1024, 16 * 1024 * 1024)]
    public int WhoisMaxResponseBytes { get; set; } = 256 * 1024;

    /// <summary>
    /// Lets RDAP and WHOIS connections reach 127.0.0.0/8 and ::1 (on any port). For tests only. The configured servers
    /// (<see cref="RdapBaseUrls"/>, <see cref="WhoisEndpoints"/>) are reached wherever they are; what an answer names
    /// (a registrar link, a redirect, a WHOIS referral) must be a public address on a standard port.
    /// </summary>
    public bool AllowLoopback { get; set; }

    /// <summary>Ask the registrar's WHOIS server too when the registry's answer names one.</summary>
    public bool FollowWhoisReferral { get; set; } = true;

    /// <summary>Names of privacy and proxy services, matched case-insensitively inside registrant name, organisation and e-mail.</summary>
    public IList<string> PrivacyServiceNames { get; init; } =
    [
        "Privacy",
        "Redacted for privacy",
        "Domains By Proxy",
        "WhoisGuard",
        "Withheld for Privacy",
        "Contact Privacy",
        "PrivacyProtect",
        "Perfect Privacy",
        "Whois Privacy",
        "Data Protected",
        "Proxy",
        "GDPR Masked",
        "Identity Protection",
        "Super Privacy Service",
    ];
}
