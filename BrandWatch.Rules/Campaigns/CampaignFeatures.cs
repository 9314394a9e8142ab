using System.Globalization;
using System.Net;
using System.Text;
using BrandWatch.Rules.Evidence;
using BrandWatch.Rules.Registration;
using BrandWatch.Rules.Scoring.Configuration;

namespace BrandWatch.Rules.Campaigns;

/// <summary>
/// Reads the features of one case's evidence that campaigns are grouped by, each normalised so that two spellings of
/// one registrant meet. What a stranger shares by accident is left out here: privacy and proxy services, redaction
/// placeholders, parking name servers, loopback and unspecified addresses. Infrastructure too big to mean anything
/// (a large host's name servers) is left out by the caller, which sees how many registrants share a value.
/// </summary>
public static class CampaignFeatures
{
    // Legal forms dropped from the end of an organisation name, so "Acme Ltd." and "ACME Limited" meet.
    private static readonly HashSet<string> LegalForms = new(StringComparer.Ordinal)
    {
        "inc", "incorporated", "ltd", "limited", "llc", "llp", "lp", "plc", "corp", "corporation", "co", "company", "gmbh", "ag", "sa", "sas", "sarl",
        "srl", "spa", "bv", "nv", "oy", "ab", "as", "aps", "kk", "pty", "pte", "sro", "sp", "zoo",
    };

    // Words that mark a contact field as a placeholder or a forwarding service rather than a person.
    private static readonly string[] PlaceholderWords = ["privacy", "proxy", "redacted", "withheld", "protected", "not disclosed", "anonymi", "gdpr", "contact form", "query the rdds"];

    // One detector per rule set's words, built at its first use: the Api reads the features of every filing's evidence,
    // and the names with their letters-only forms are the same for all of them.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<RuleWords, PrivacyServiceDetector> Detectors = new();

    /// <summary>The features of <paramref name="evidence"/>, distinct, in a fixed order.</summary>
    public static IReadOnlyList<CampaignFeature> Of(CaseEvidence evidence, RuleWords words)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        ArgumentNullException.ThrowIfNull(words);
        var features = new List<CampaignFeature>();
        var privacy = Detectors.GetValue(words, w => new PrivacyServiceDetector(w.PrivacyServices.Concat(w.PrivacyServices.Select(Letters))));
        if (evidence.Registration is { } registration && registration.PrivacyService is null)
        {
            if (Email(registration.RegistrantEmail, privacy) is { } email)
            {
                features.Add(new CampaignFeature(CampaignFeatureKind.RegistrantEmail, email));
            }

            if (Organisation(registration.RegistrantOrganisation, privacy) is { } organisation)
            {
                features.Add(new CampaignFeature(CampaignFeatureKind.RegistrantOrganisation, organisation));
            }
        }

        var nameServers = evidence.Dns?.NameServers is { Count: > 0 } fromDns ? fromDns : evidence.Registration?.NameServers ?? [];
        if (NameServers(nameServers, words.ParkingNameServers, evidence.Dns?.Parked == true) is { } set)
        {
            features.Add(new CampaignFeature(CampaignFeatureKind.NameServers, set));
        }

        foreach (var address in (evidence.Dns?.A ?? []).Concat(evidence.Dns?.Aaaa ?? []))
        {
            if (Address(address) is { } normal)
            {
                features.Add(new CampaignFeature(CampaignFeatureKind.IpAddress, normal));
            }
        }

        foreach (var sha in evidence.Pages.Select(p => p.Certificate?.Sha256).Append(evidence.Certificate?.Sha256))
        {
            if (sha is { Length: 64 } && sha.All(char.IsAsciiHexDigit))
            {
                features.Add(new CampaignFeature(CampaignFeatureKind.Certificate, sha.ToLowerInvariant()));
            }
        }

        foreach (var page in evidence.Pages)
        {
            if (page.Template is { Length: > 0 } template)
            {
                features.Add(new CampaignFeature(CampaignFeatureKind.PageTemplate, template));
            }
        }

        return features.Distinct().ToList();
    }

    /// <summary>
    /// An e-mail address as compared: lower case, a "+tag" dropped; null for a placeholder or a privacy service's address
    /// (the service's name is also looked for in the mail domain run together, as in domainsbyproxy.com).
    /// </summary>
    public static string? Email(string? value, PrivacyServiceDetector privacy)
    {
        ArgumentNullException.ThrowIfNull(privacy);
        var text = value?.Trim().ToLowerInvariant();
        if (text is null || text.StartsWith("mailto:", StringComparison.Ordinal))
        {
            text = text?["mailto:".Length..];
        }

        var at = text?.IndexOf('@') ?? -1;
        if (text is null || at <= 0 || at != text.LastIndexOf('@') || at == text.Length - 1 || text.Any(char.IsWhiteSpace) || IsPlaceholder(text) || privacy.Detect(text) is not null
            || privacy.Detect(Letters(text[(at + 1)..])) is not null || privacy.Detect(Letters(text[..at])) is not null)
        {
            return null;
        }

        var local = text[..at];
        var plus = local.IndexOf('+');
        return (plus > 0 ? local[..plus] : local) + text[at..];
    }

    /// <summary>An organisation as compared: letters and digits in lower case, words single-spaced, a trailing legal form dropped.</summary>
    public static string? Organisation(string? value, PrivacyServiceDetector privacy)
    {
        ArgumentNullException.ThrowIfNull(privacy);
        if (string.IsNullOrWhiteSpace(value) || IsPlaceholder(value) || privacy.Detect(value) is not null || PrivacyServiceDetector.LooksRedacted(value))
        {
            return null;
        }

        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var ch in value.Normalize(NormalizationForm.FormKC))
        {
            if (char.IsLetterOrDigit(ch))
            {
                word.Append(char.ToLowerInvariant(ch));
            }
            else if (ch is ' ' or '\t' or ',' or '-' or '/' or '&' && word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            words.Add(word.ToString());
        }

        while (words.Count > 1 && LegalForms.Contains(words[^1]))
        {
            words.RemoveAt(words.Count - 1);
        }

        var folded = string.Join(' ', words);

        // A registrant named "N/A", "none" or a single letter names nobody.
        return folded.Replace(" ", string.Empty, StringComparison.Ordinal).Length < 3 || folded is "none" or "null" or "private" or "individual" or "personal" or "not applicable" ? null : folded;
    }

    /// <summary>The name-server set as compared (lower case, sorted, comma-joined); null when empty or parked.</summary>
    public static string? NameServers(IReadOnlyList<string> nameServers, IReadOnlyList<string> parking, bool parked)
    {
        ArgumentNullException.ThrowIfNull(nameServers);
        ArgumentNullException.ThrowIfNull(parking);
        var set = nameServers.Select(ns => ns.Trim().TrimEnd('.').ToLowerInvariant()).Where(ns => ns.Length > 0).Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal).ToList();
        if (parked || set.Count == 0 || set.Any(ns => parking.Any(p => ns == p || ns.EndsWith("." + p, StringComparison.OrdinalIgnoreCase))))
        {
            return null;
        }

        return string.Join(',', set);
    }

    /// <summary>An address in its canonical text; null for an unparsable, unspecified or loopback address (a sinkhole, not a host).</summary>
    public static string? Address(string value)
    {
        if (!IPAddress.TryParse(value?.Trim(), out var address) || IPAddress.IsLoopback(address)
            || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any))
        {
            return null;
        }

        return address.IsIPv4MappedToIPv6 ? address.MapToIPv4().ToString() : address.ToString().ToLower(CultureInfo.InvariantCulture);
    }

    private static bool IsPlaceholder(string value) => PlaceholderWords.Any(w => value.Contains(w, StringComparison.OrdinalIgnoreCase));

    private static string Letters(string value) => new(value.Where(char.IsLetterOrDigit).ToArray());
}
