using System.Text.Json;
using BrandWatch.Rules.Evidence;

namespace BrandWatch.Rules.RuleCases;

/// <summary>Folds an RDAP domain response (RFC 9083) into <see cref="RegistrationEvidence"/>; redacted fields stay null.</summary>
public static class RdapRegistration
{
    public static RegistrationEvidence Parse(string json, string domain, IReadOnlyList<string> privacyServices)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        DateTimeOffset? registered = null, expires = null, changed = null, transferred = null;
        if (root.TryGetProperty("events", out var events) && events.ValueKind == JsonValueKind.Array)
        {
            foreach (var e in events.EnumerateArray())
            {
                var action = e.TryGetProperty("eventAction", out var a) ? a.GetString() : null;
                DateTimeOffset? date = e.TryGetProperty("eventDate", out var d) && d.TryGetDateTimeOffset(out var parsed) ? parsed : null;
                switch (action)
                {
                    case "registration": registered = date; break;
                    case "expiration": expires = date; break;
                    case "last changed": changed = date; break;
                    case "transfer": transferred = date; break;
                }
            }
        }

        string? registrar = null, registrarId = null, abuse = null, organisation = null, country = null, email = null;
        if (root.TryGetProperty("entities", out var entities) && entities.ValueKind == JsonValueKind.Array)
        {
            foreach (var entity in entities.EnumerateArray())
            {
                var roles = entity.TryGetProperty("roles", out var r) ? r.EnumerateArray().Select(x => x.GetString()).ToList() : [];
                var card = VCard(entity);
                if (roles.Contains("registrar"))
                {
                    registrar = card.GetValueOrDefault("fn");
                    registrarId = entity.TryGetProperty("publicIds", out var ids) && ids.GetArrayLength() > 0 && ids[0].TryGetProperty("identifier", out var id) ? id.GetString() : null;
                    if (entity.TryGetProperty("entities", out var inner))
                    {
                        foreach (var sub in inner.EnumerateArray())
                        {
                            if (sub.TryGetProperty("roles", out var subRoles) && subRoles.EnumerateArray().Any(x => x.GetString() == "abuse"))
                            {
                                abuse = VCard(sub).GetValueOrDefault("email");
                            }
                        }
                    }
                }

                if (roles.Contains("registrant"))
                {
                    organisation = card.GetValueOrDefault("org") ?? card.GetValueOrDefault("fn");
                    country = card.GetValueOrDefault("country");
                    email = card.GetValueOrDefault("email");
                }
            }
        }

        var redacted = json.Contains("REDACTED", StringComparison.OrdinalIgnoreCase) || root.TryGetProperty("redacted", out _);
        var privacy = organisation is not null ? privacyServices.FirstOrDefault(p => organisation.Contains(p, StringComparison.OrdinalIgnoreCase)) : null;
        var statuses = root.TryGetProperty("status", out var st) ? st.EnumerateArray().Select(x => x.GetString() ?? string.Empty).ToList() : [];
        var nameServers = root.TryGetProperty("nameservers", out var ns)
            ? ns.EnumerateArray().Select(x => x.TryGetProperty("ldhName", out var n) ? (n.GetString() ?? string.Empty).ToLowerInvariant() : string.Empty).Where(x => x.Length > 0).ToList()
            : [];
        return new RegistrationEvidence
        {
            Domain = domain,
            Source = "rdap",
            Registered = registered,
            Expires = expires,
            LastChanged = changed,
            Transferred = transferred,
            RegistrarName = registrar,
            RegistrarIanaId = registrarId,
            RegistrarAbuseEmail = abuse,
            RegistrantOrganisation = organisation,
            RegistrantCountry = country,
            RegistrantEmail = email,
            PrivacyService = privacy is null ? null : organisation,
            Redacted = redacted,
            Statuses = statuses,
            NameServers = nameServers,
            Raw = json,
        };
    }

    private static Dictionary<string, string> VCard(JsonElement entity)
    {
        var card = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!entity.TryGetProperty("vcardArray", out var array) || array.ValueKind != JsonValueKind.Array || array.GetArrayLength() < 2)
        {
            return card;
        }

        foreach (var property in array[1].EnumerateArray())
        {
            if (property.GetArrayLength() < 4)
            {
                continue;
            }

            var name = property[0].GetString() ?? string.Empty;
            var value = property[3];
            if (name == "adr" && property[1].TryGetProperty("cc", out var cc))
            {
                card["country"] = cc.GetString() ?? string.Empty;
            }
            else if (value.ValueKind == JsonValueKind.String && !card.ContainsKey(name))
            {
                card[name] = value.GetString() ?? string.Empty;
            }
            else if (name == "adr" && value.ValueKind == JsonValueKind.Array && value.GetArrayLength() >= 7)
            {
                card["country"] = value[6].GetString() ?? string.Empty;
            }
        }

        return card;
    }
}
