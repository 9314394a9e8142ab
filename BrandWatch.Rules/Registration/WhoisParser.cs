using System.Globalization;

namespace BrandWatch.Rules.Registration;

/// <summary>
/// Tolerant reader of port-43 WHOIS text: "Key: value" lines in any of the registries' dialects, a key on its own line
/// followed by indented values (Nominet style), comments and legal notices ignored.
/// </summary>
public static class WhoisParser
{
    private static readonly string[] RegisteredKeys = ["creation date", "created", "created on", "registered", "registered on", "registration time", "registration date", "domain registration date", "domain create date", "record created"];
    private static readonly string[] ExpiresKeys = ["registry expiry date", "registrar registration expiration date", "expiration date", "expiry date", "expires", "expires on", "expire", "expiration time", "paid-till", "renewal date", "domain expiration date"];
    private static readonly string[] ChangedKeys = ["updated date", "last updated", "last updated on", "changed", "last modified", "modified", "last update"];
    private static readonly string[] TransferKeys = ["transfer date", "last transferred", "transferred"];
    private static readonly string[] RegistrarKeys = ["registrar", "sponsoring registrar", "registrar name", "registrar organization"];
    private static readonly string[] IanaIdKeys = ["registrar iana id", "registrar iana"];
    private static readonly string[] AbuseKeys = ["registrar abuse contact email", "abuse contact email", "abuse-mailbox", "registrar abuse email"];
    private static readonly string[] OrganisationKeys = ["registrant organization", "registrant organisation", "registrant org", "org", "organisation", "organization", "registrant"];
    private static readonly string[] NameKeys = ["registrant name", "registrant contact name"];
    private static readonly string[] EmailKeys = ["registrant email", "registrant contact email", "registrant e-mail"];
    private static readonly string[] CountryKeys = ["registrant country", "registrant country/economy", "registrant country code", "country"];
    private static readonly string[] StatusKeys = ["domain status", "status", "state"];
    private static readonly string[] NameServerKeys = ["name server", "nameserver", "nserver", "name servers", "nameservers"];
    private static readonly string[] ReferralKeys = ["registrar whois server", "whois server", "refer", "whois"];

    // A bare "Registrant:" (CNNIC, Nominet) holds the holder's name, which for these registries is the legal holder:
    // it is read as the organisation, after the explicit organisation keys.
    private static readonly string[] NotFoundPhrases =
    [
        "no match for", "not found", "no data found", "no entries found", "no matching record", "status: free", "status:free",
        "is available for registration", "no object found", "domain not found", "object does not exist", "the queried object does not exist",
    ];

    private static readonly string[] RateLimitPhrases =
    [
        "rate limit exceeded", "limit exceeded", "query rate", "too many queries", "too many requests", "try again later", "quota exceeded",
    ];

    private static readonly string[] DateFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd", "dd-MMM-yyyy", "dd-MMM-yyyy HH:mm:ss",
        "yyyy.MM.dd", "yyyy.MM.dd HH:mm:ss", "dd.MM.yyyy", "yyyy/MM/dd", "yyyy/MM/dd HH:mm:ss", "dd/MM/yyyy", "yyyyMMdd", "MMMM d yyyy",
        "ddd MMM dd HH:mm:ss 'GMT' yyyy",
    ];

    public static WhoisAnswer Parse(string text)
    {
        var fields = Fields(text);
        var lower = text.ToLowerInvariant();
        var hasData = fields.ContainsKey("domain name") || fields.ContainsKey("domain") || RegisteredKeys.Any(fields.ContainsKey) || ExpiresKeys.Any(fields.ContainsKey);
        var notFound = !hasData && NotFoundPhrases.Any(lower.Contains);
        var rateLimited = !hasData && RateLimitPhrases.Any(lower.Contains);

        var snapshot = new RegistrationSnapshot
        {
            Raw = text,
            Registered = FirstDate(fields, RegisteredKeys),
            Expires = FirstDate(fields, ExpiresKeys),
            LastChanged = FirstDate(fields, ChangedKeys),
            Transferred = FirstDate(fields, TransferKeys),
            RegistrarName = First(fields, RegistrarKeys, v => !v.Contains("://", StringComparison.Ordinal)),
            RegistrarIanaId = First(fields, IanaIdKeys),
            RegistrarAbuseEmail = First(fields, AbuseKeys, v => v.Contains('@', StringComparison.Ordinal)),
            RegistrantOrganisation = First(fields, OrganisationKeys),
            RegistrantName = First(fields, NameKeys),
            RegistrantEmail = First(fields, EmailKeys, v => v.Contains('@', StringComparison.Ordinal) || PrivacyServiceDetector.LooksRedacted(v)),
            RegistrantCountry = First(fields, CountryKeys),
            WhoisReferral = First(fields, ReferralKeys, LooksLikeHost) is { } referral ? Host(referral) : null,
        };
        snapshot.HasRegistrant = OrganisationKeys.Concat(NameKeys).Concat(EmailKeys).Any(fields.ContainsKey);
        snapshot.Statuses.AddRange(All(fields, StatusKeys).Select(s => s.Split(' ', 2)[0]).Where(s => s.Length > 0));
        snapshot.NameServers.AddRange(All(fields, NameServerKeys)
            .SelectMany(v => v.Split([' ', '\t', ','], StringSplitOptions.RemoveEmptyEntries).Take(1))
            .Where(LooksLikeHost)
            .Select(v => v.TrimEnd('.').ToLowerInvariant()));
        return new WhoisAnswer(snapshot, notFound, rateLimited, hasData);
    }

    /// <summary>Every "key: value" of the text, keys lower-cased, values in order of appearance.</summary>
    public static Dictionary<string, List<string>> Fields(string text)
    {
        var fields = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        string? openKey = null;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            var trimmed = line.Trim();
            if (trimmed.Length == 0)
            {
                openKey = null;
                continue;
            }

            if (trimmed.StartsWith('%') || trimmed.StartsWith('#') || trimmed.StartsWith(">>>", StringComparison.Ordinal))
            {
                continue;
            }

            var colon = trimmed.IndexOf(':', StringComparison.Ordinal);
            var isKeyValue = colon > 0 && colon <= 40 && (colon == trimmed.Length - 1 || trimmed[colon + 1] == ' ' || trimmed[colon + 1] == '\t');

            // Nominet style: "Registrar:" alone, then indented value lines.
            if (openKey is not null && char.IsWhiteSpace(line[0]) && !isKeyValue)
            {
                Add(fields, openKey, trimmed);
                continue;
            }

            if (!isKeyValue)
            {
                openKey = null;
                continue;
            }

            var key = Normalise(trimmed[..colon]);
            var value = trimmed[(colon + 1)..].Trim();
            if (value.Length == 0)
            {
                openKey = key;
                continue;
            }

            openKey = null;
            Add(fields, key, value);
        }

        return fields;
    }

    internal static DateTimeOffset? ParseDate(string value)
    {
        var text = value.Trim();

        // Drop trailing zone names some registries append ("2024-01-02 10:00:00 (GMT+0:00)", "… CLST").
        var paren = text.IndexOf(" (", StringComparison.Ordinal);
        if (paren > 0)
        {
            text = text[..paren];
        }

        const DateTimeStyles styles = DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal | DateTimeStyles.AllowWhiteSpaces;
        if (DateTimeOffset.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, styles, out var exact))
        {
            return exact;
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, styles, out var loose) ? loose : null;
    }

    private static void Add(Dictionary<string, List<string>> fields, string key, string value)
    {
        if (!fields.TryGetValue(key, out var values))
        {
            values = [];
            fields[key] = values;
        }

        values.Add(value);
    }

    private static string Normalise(string key)
    {
        var k = key.Trim().ToLowerInvariant().Replace('_', ' ').Replace('.', ' ');
        while (k.Contains("  ", StringComparison.Ordinal))
        {
            k = k.Replace("  ", " ", StringComparison.Ordinal);
        }

        return k.Trim();
    }

    private static string? First(Dictionary<string, List<string>> fields, string[] keys, Func<string, bool>? accept = null)
    {
        foreach (var key in keys)
        {
            if (fields.TryGetValue(key, out var values))
            {
                foreach (var value in values)
                {
                    if (accept is null || accept(value))
                    {
                        return value;
                    }
                }
            }
        }

        return null;
    }

    private static DateTimeOffset? FirstDate(Dictionary<string, List<string>> fields, string[] keys)
    {
        foreach (var key in keys)
        {
            if (fields.TryGetValue(key, out var values))
            {
                foreach (var value in values)
                {
                    if (ParseDate(value) is { } date)
                    {
                        return date;
                    }
                }
            }
        }

        return null;
    }

    private static IEnumerable<string> All(Dictionary<string, List<string>> fields, string[] keys) =>
        keys.Where(fields.ContainsKey).SelectMany(k => fields[k]);

    private static string Host(string value)
    {
        var v = value.Trim();
        var scheme = v.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0)
        {
            v = v[(scheme + 3)..];
        }

        return v.Split('/', 2)[0].TrimEnd('.').ToLowerInvariant();
    }

    private static bool LooksLikeHost(string value)
    {
        var host = Host(value);
        return host.Length is > 3 and < 254 && host.Contains('.', StringComparison.Ordinal) && host.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or ':');
    }
}
