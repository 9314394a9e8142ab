namespace BrandWatch.Rules.Registration;

/// <summary>What one RDAP or WHOIS answer said, before the registry's and the registrar's answers are folded together.</summary>
public sealed class RegistrationSnapshot
{
    public required string Raw { get; init; }

    public DateTimeOffset? Registered { get; internal set; }

    public DateTimeOffset? Expires { get; internal set; }

    public DateTimeOffset? LastChanged { get; internal set; }

    public DateTimeOffset? Transferred { get; internal set; }

    public string? RegistrarName { get; internal set; }

    public string? RegistrarIanaId { get; internal set; }

    public string? RegistrarAbuseEmail { get; internal set; }

    public bool HasRegistrant { get; internal set; }

    public string? RegistrantName { get; internal set; }

    public string? RegistrantOrganisation { get; internal set; }

    public string? RegistrantEmail { get; internal set; }

    public string? RegistrantCountry { get; internal set; }

    public List<string> Statuses { get; } = [];

    public List<string> NameServers { get; } = [];

    public List<string> RedactedFields { get; } = [];

    /// <summary>RDAP: the registrar's "related" link.</summary>
    public Uri? RegistrarLink { get; internal set; }

    /// <summary>WHOIS: the registrar's WHOIS server named in the registry's answer.</summary>
    public string? WhoisReferral { get; internal set; }
}
