namespace BrandWatch.Rules.Evidence;

/// <summary>Registration data from RDAP or WHOIS, folded into one model. Null fields are unknown (often redacted).</summary>
public sealed record RegistrationEvidence
{
    public required string Domain { get; init; }

    /// <summary>"rdap" or "whois".</summary>
    public required string Source { get; init; }

    public DateTimeOffset? Registered { get; init; }
    public DateTimeOffset? Expires { get; init; }
    public DateTimeOffset? LastChanged { get; init; }
    public DateTimeOffset? Transferred { get; init; }
    public string? RegistrarName { get; init; }
    public string? RegistrarIanaId { get; init; }
    public string? RegistrarAbuseEmail { get; init; }
    public string? RegistrantOrganisation { get; init; }
    public string? RegistrantCountry { get; init; }
    public string? RegistrantEmail { get; init; }

    /// <summary>Name of the privacy or proxy service when one is detected.</summary>
    public string? PrivacyService { get; init; }

    public bool Redacted { get; init; }
    public IReadOnlyList<string> Statuses { get; init; } = [];
    public IReadOnlyList<string> NameServers { get; init; } = [];

    /// <summary>The raw response, kept as evidence.</summary>
    public string? Raw { get; init; }

    /// <summary>The raw answer of the registrar's server when the registry's answer pointed to it (RDAP related link, WHOIS referral).</summary>
    public string? RegistrarRaw { get; init; }

    /// <summary>The servers that answered, in the order asked (RDAP URLs or WHOIS host names).</summary>
    public IReadOnlyList<string> Servers { get; init; } = [];
}
