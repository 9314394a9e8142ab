namespace BrandWatch.Worker.Registration;

/// <summary>Finds who registered a domain and when: RDAP first, port-43 WHOIS where the TLD has no RDAP service.</summary>
public interface IRegistrationLookup
{
    Task<RegistrationLookupResult> LookupAsync(string domain, CancellationToken ct);
}
