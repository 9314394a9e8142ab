namespace BrandWatch.Worker.Registration;

/// <summary>What one RDAP or WHOIS answer said, before the registry's and the registrar's answers are folded together.</summary>
internal sealed class RegistrationSnapshot
{
    public required string Raw { get; init; }

    public DateTimeOffset? Registered { get; set; }

    public DateTimeOffset? Expires { get; set; }

    public DateTimeOffset? LastChanged { get; set; }

    public DateTimeOffset? Transferred { get; set; }

    public string? RegistrarName { get; set; }

    public string? RegistrarIanaId { get; set; }

    public string? RegistrarAbuseEmail { get; set; }

    public bool HasRegistrant { get; set; }

    public string? RegistrantName { get; set; }

    public string? RegistrantOrganisation { get; set; }

    public string? RegistrantEmail { get; set; }

    public string? RegistrantCountry { get; set; }

    public List<string> Statuses { get; } = [];

    public List<string> NameServers { get; } = [];

    public List<string> RedactedFields { get; } = [];

    /// <summary>RDAP: the registrar's "related" link.</summary>
    public Uri? RegistrarLink { get; set; }

    /// <summary>WHOIS: the registrar's WHOIS server named in the registry's answer.</summary>
    public string? WhoisReferral { get; set; }
}
