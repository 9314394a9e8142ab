using BrandWatch.Rules.Evidence;

namespace BrandWatch.Rules.Registration;

/// <summary>Folds the registry's answer and, when asked, the registrar's answer into one <see cref="RegistrationEvidence"/>.</summary>
public static class RegistrationFolder
{
    public static RegistrationEvidence Fold(
        string domain,
        string source,
        RegistrationSnapshot registry,
        RegistrationSnapshot? registrar,
        PrivacyServiceDetector privacy,
        IReadOnlyList<string> servers)
    {
        // The registry is authoritative for dates, status and delegation; the registrar for the registrant.
        var holder = registrar is { HasRegistrant: true } ? registrar : registry;
        var organisation = Clean(holder.RegistrantOrganisation);
        var email = Clean(holder.RegistrantEmail);
        var country = Clean(holder.RegistrantCountry);

        var service = privacy.Detect(holder.RegistrantOrganisation, holder.RegistrantName, holder.RegistrantEmail);
        var redacted = registry.RedactedFields.Count > 0
            || registrar?.RedactedFields.Count > 0
            || PrivacyServiceDetector.LooksRedacted(holder.RegistrantOrganisation)
            || PrivacyServiceDetector.LooksRedacted(holder.RegistrantName)
            || PrivacyServiceDetector.LooksRedacted(holder.RegistrantEmail)
            || PrivacyServiceDetector.LooksRedacted(holder.RegistrantCountry);

        if (service is not null)
        {
            // The organisation and country are the proxy's, not the registrant's: recording them would mislead.
            organisation = null;
            country = null;
        }

        return new RegistrationEvidence
        {
            Domain = domain,
            Source = source,
            Registered = registry.Registered ?? registrar?.Registered,
            Expires = registry.Expires ?? registrar?.Expires,
            LastChanged = registry.LastChanged ?? registrar?.LastChanged,
            Transferred = registry.Transferred ?? registrar?.Transferred,
            RegistrarName = registry.RegistrarName ?? registrar?.RegistrarName,
            RegistrarIanaId = registry.RegistrarIanaId ?? registrar?.RegistrarIanaId,
            RegistrarAbuseEmail = registry.RegistrarAbuseEmail ?? registrar?.RegistrarAbuseEmail,
            RegistrantOrganisation = organisation,
            RegistrantCountry = country,
            RegistrantEmail = email,
            PrivacyService = service,
            Redacted = redacted,
            Statuses = registry.Statuses.Count > 0 ? Distinct(registry.Statuses) : Distinct(registrar?.Statuses ?? []),
            NameServers = registry.NameServers.Count > 0 ? Distinct(registry.NameServers) : Distinct(registrar?.NameServers ?? []),
            Raw = registry.Raw,
            RegistrarRaw = registrar?.Raw,
            Servers = servers,
        };
    }

    private static string? Clean(string? value) =>
        string.IsNullOrWhiteSpace(value) || PrivacyServiceDetector.LooksRedacted(value) ? null : value.Trim();

    private static List<string> Distinct(IEnumerable<string> values) =>
        values.Select(v => v.Trim()).Where(v => v.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
}
