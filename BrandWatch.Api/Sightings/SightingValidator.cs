using BrandWatch.Rules.Cases;
using BrandWatch.Rules.Domains;

namespace BrandWatch.Api.Sightings;

/// <summary>Checks sightings beyond their JSON shape: known source, feed and item lengths, time, CT fields.</summary>
internal static class SightingValidator
{
    public const int MaxFeedLength = 200;
    public const int MaxItemLength = 200;
    public const int MaxLogLength = 2048;
    public const int MaxIssuerLength = 2048;
    public const int MaxNames = 1000;
    public const int MaxNameLength = 253;

    /// <summary>Adds an error per bad field of <paramref name="sighting"/>, named under <paramref name="at"/>.</summary>
    public static void Validate(CaseSighting sighting, string at, DateTimeOffset now, Action<string, string> add)
    {
        if (!Enum.IsDefined(sighting.Source))
        {
            add($"{at}.source", "is not a known source");
        }

        if (string.IsNullOrWhiteSpace(sighting.Feed) || sighting.Feed.Length > MaxFeedLength)
        {
            add($"{at}.feed", $"must be 1–{MaxFeedLength} characters");
        }

        if (string.IsNullOrWhiteSpace(sighting.Item) || sighting.Item.Length > MaxItemLength)
        {
            add($"{at}.item", $"must be 1–{MaxItemLength} characters");
        }

        if (sighting.SeenAt > now.AddHours(1) || sighting.SeenAt.Year < 2000)
        {
            add($"{at}.seenAt", "must be a time between 2000 and now");
        }

        if (sighting.Log is { } log && (log.Length > MaxLogLength || !Uri.TryCreate(log, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)))
        {
            add($"{at}.log", $"must be an http(s) URL of at most {MaxLogLength} characters");
        }

        if (sighting.Index is < 0)
        {
            add($"{at}.index", "must not be negative");
        }

        if (sighting.CertificateSha256 is { } sha && !Evidence.EvidenceFileStore.IsSha256(sha))
        {
            add($"{at}.certificateSha256", "must be 64 lower-case hex digits");
        }

        if (sighting.Issuer is { Length: > MaxIssuerLength })
        {
            add($"{at}.issuer", $"must be at most {MaxIssuerLength} characters");
        }

        if (sighting.SubjectAlternativeNames is { } names
            && (names.Count > MaxNames || names.Any(n => string.IsNullOrWhiteSpace(n) || n.Length > MaxNameLength)))
        {
            add($"{at}.subjectAlternativeNames", $"must list at most {MaxNames} names of 1–{MaxNameLength} characters");
        }
    }

    /// <summary>The reports' names in ASCII (null where invalid), with an error per bad field.</summary>
    public static (string?[] Domains, Dictionary<string, string[]> Errors) Validate(IReadOnlyList<SightingReport> reports, DateTimeOffset now)
    {
        var errors = new Dictionary<string, string[]>();
        void Add(string field, string message) => errors.TryAdd(field, [message]);
        var domains = new string?[reports.Count];
        for (var i = 0; i < reports.Count; i++)
        {
            var report = reports[i];
            var at = $"sightings[{i}]";
            if (report is null || report.Sighting is null)
            {
                Add(at, "must be an object with mark, domain and sighting");
                continue;
            }

            if (report.Mark.Length is 0 or > 64)
            {
                Add($"{at}.mark", "must be a mark id (1–64 characters)");
            }

            var parsed = DomainName.Parse(report.Domain);
            if (parsed.Success)
            {
                domains[i] = parsed.Domain!.Ascii;
            }
            else
            {
                Add($"{at}.domain", $"is not a domain name: {parsed.Error}");
            }

            Validate(report.Sighting, $"{at}.sighting", now, Add);
        }

        return (domains, errors);
    }
}
