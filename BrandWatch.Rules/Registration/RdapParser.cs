using System.Globalization;
using System.Text.Json;
using BrandWatch.Rules.Evidence;
using static BrandWatch.Rules.Registration.RdapJson;

namespace BrandWatch.Rules.Registration;

/// <summary>Reads an RDAP domain object (RFC 9083, jCard entities, RFC 9537 redaction) into <see cref="RegistrationEvidence"/>.</summary>
public static class RdapParser
{
    /// <summary>
    /// Parses one RDAP answer on its own (no registrar answer to fold in) into evidence: the same reading the Worker's
    /// client does, for callers that hold a recorded answer. Throws <see cref="FormatException"/> when it is not a domain object.
    /// </summary>
    /// <param name="privacyServiceNames">Names of privacy and proxy services, matched inside the registrant's fields.</param>
    public static RegistrationEvidence ParseEvidence(string json, string domain, IEnumerable<string> privacyServiceNames) =>
        RegistrationFolder.Fold(domain, "rdap", Parse(json), null, new PrivacyServiceDetector(privacyServiceNames), []);

    /// <summary>Parses an RDAP answer; throws <see cref="FormatException"/> when it is not a domain object.</summary>
    public static RegistrationSnapshot Parse(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException ex)
        {
            throw new FormatException("invalid JSON: " + ex.Message, ex);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new FormatException("the answer is not a JSON object");
            }

            if (String(root, "objectClassName") is { } objectClass && !objectClass.Equals("domain", StringComparison.OrdinalIgnoreCase))
            {
                throw new FormatException($"the answer is an RDAP '{objectClass}' object, not a domain");
            }

            if (!root.TryGetProperty("ldhName", out _) && !root.TryGetProperty("unicodeName", out _) && !root.TryGetProperty("events", out _))
            {
                throw new FormatException("the answer has neither a domain name nor events");
            }

            var result = new RegistrationSnapshot { Raw = json };
            foreach (var evt in Array(root, "events"))
            {
                var action = String(evt, "eventAction")?.ToLowerInvariant();
                var date = Date(String(evt, "eventDate"));
                switch (action)
                {
                    case "registration": result.Registered ??= date; break;
                    case "expiration": result.Expires ??= date; break;
                    case "last changed": result.LastChanged ??= date; break;
                    case "transfer": result.Transferred = Later(result.Transferred, date); break;
                }
            }

            result.Statuses.AddRange(Array(root, "status").Where(s => s.ValueKind == JsonValueKind.String).Select(s => s.GetString()!));
            result.NameServers.AddRange(Array(root, "nameservers")
                .Select(ns => String(ns, "ldhName") ?? String(ns, "unicodeName"))
                .OfType<string>()
                .Select(ns => ns.TrimEnd('.').ToLowerInvariant()));

            foreach (var entity in Array(root, "entities"))
            {
                ReadEntity(entity, result);
            }

            result.RedactedFields.AddRange(Array(root, "redacted")
                .Select(r => r.TryGetProperty("name", out var n) ? String(n, "type") ?? String(n, "description") : null)
                .OfType<string>());

            result.RegistrarLink = Array(root, "links")
                .Where(l => string.Equals(String(l, "rel"), "related", StringComparison.OrdinalIgnoreCase)
                    && (String(l, "type") is null || string.Equals(String(l, "type"), "application/rdap+json", StringComparison.OrdinalIgnoreCase)))
                .Select(l => String(l, "href"))
                .OfType<string>()
                .Select(h => Uri.TryCreate(h, UriKind.Absolute, out var u) ? u : null)
                .FirstOrDefault(u => u is not null && (u.Scheme == Uri.UriSchemeHttps || u.Scheme == Uri.UriSchemeHttp));
            return result;
        }
    }

    private static void ReadEntity(JsonElement entity, RegistrationSnapshot result)
    {
        var roles = Array(entity, "roles").Select(r => Text(r)?.ToLowerInvariant()).ToList();
        var card = JCard.From(entity);
        if (roles.Contains("registrar"))
        {
            result.RegistrarName ??= card.Get("fn") ?? card.Get("org");
            result.RegistrarIanaId ??= Array(entity, "publicIds")
                .Where(p => String(p, "type")?.Contains("IANA", StringComparison.OrdinalIgnoreCase) == true)
                .Select(p => String(p, "identifier"))
                .FirstOrDefault();
            foreach (var inner in Array(entity, "entities"))
            {
                if (HasRole(inner, "abuse"))
                {
                    result.RegistrarAbuseEmail ??= JCard.From(inner).Get("email");
                }
            }
        }

        if (roles.Contains("abuse"))
        {
            result.RegistrarAbuseEmail ??= card.Get("email");
        }

        if (roles.Contains("registrant"))
        {
            result.HasRegistrant = true;
            result.RegistrantName ??= card.Get("fn");
            result.RegistrantOrganisation ??= card.Get("org");
            result.RegistrantEmail ??= card.Get("email");
            result.RegistrantCountry ??= card.Country();
        }

        // Registrars sometimes nest the registrant under another entity; roles decide, not position.
        if (!roles.Contains("registrar"))
        {
            foreach (var inner in Array(entity, "entities"))
            {
                ReadEntity(inner, result);
            }
        }
    }

    private static DateTimeOffset? Later(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : (a > b ? a : b);

    internal static DateTimeOffset? Date(string? text) =>
        text is not null && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var date)
            ? date
            : null;
}
