using System.Buffers.Text;
using System.Globalization;
using System.Text;
using BrandWatch.Api.Http;
using BrandWatch.Rules.Cases;
using BrandWatch.Rules.Scoring;

namespace BrandWatch.Api.Cases.Queries;

/// <summary>Reads the listing's query string, naming the parameter of any bad value.</summary>
internal static class CaseQueryParser
{
    public const int MaxLimit = 200;

    private static readonly string[] Outcomes = Enum.GetValues<Outcome>().Select(WireName.Kebab).ToArray();
    private static readonly string[] Actions = Enum.GetValues<RecommendedAction>().Select(WireName.Kebab).ToArray();
    private static readonly string[] Kinds = Enum.GetValues<SubjectKind>().Select(WireName.Kebab).ToArray();
    private static readonly string[] Sources = Enum.GetValues<CaseSource>().Select(WireName.Kebab).ToArray();

    public static (CaseQuery? Query, Dictionary<string, string[]> Errors) Parse(IQueryCollection query)
    {
        var errors = new Dictionary<string, string[]>();
        string? Text(string name, int max = 200)
        {
            var value = query[name].ToString();
            if (value.Length == 0)
            {
                return null;
            }

            if (value.Length > max)
            {
                errors[name] = [$"is longer than {max} characters"];
                return null;
            }

            return value;
        }

        string? OneOf(string name, string[] allowed)
        {
            var value = Text(name);
            if (value is not null && !allowed.Contains(value, StringComparer.Ordinal))
            {
                errors[name] = [$"must be one of {string.Join(", ", allowed)}"];
                return null;
            }

            return value;
        }

        int? Number(string name, int min, int max)
        {
            var value = Text(name);
            if (value is null)
            {
                return null;
            }

            if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < min || number > max)
            {
                errors[name] = [$"must be a whole number from {min} to {max}"];
                return null;
            }

            return number;
        }

        var statuses = new List<string>();
        foreach (var status in (Text("status") ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!CaseStatus.IsKnown(status))
            {
                errors["status"] = [$"must be one or more (comma-separated) of {string.Join(", ", CaseStatus.All)}"];
                break;
            }

            statuses.Add(status);
        }

        DateTimeOffset? Time(string name)
        {
            if (Text(name) is not { } value)
            {
                return null;
            }

            if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
            {
                return parsed;
            }

            errors[name] = ["must be an ISO 8601 date or time"];
            return null;
        }

        var since = Time("filedSince");

        (long, long)? after = null;
        if (Text("cursor") is { } cursor)
        {
            after = DecodeCursor(cursor);
            if (after is null)
            {
                errors["cursor"] = ["is not a cursor this Api returned"];
            }
        }

        var text = Text("q");
        if (text is not null)
        {
            text = text.Trim().ToLowerInvariant();
            try
            {
                text = new IdnMapping().GetAscii(text);
            }
            catch (ArgumentException)
            {
                // Not convertible as a whole (a fragment such as "-login"): search for it as typed.
            }

            if (text.Length < 3 || text.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '-' or '.')))
            {
                errors["q"] = ["must be at least 3 characters of a domain name: letters, digits, '-' and '.'"];
                text = null;
            }
        }

        var result = new CaseQuery
        {
            Statuses = statuses,
            Mark = Text("mark"),
            Owner = Text("owner"),
            Outcome = OneOf("outcome", Outcomes),
            Action = OneOf("action", Actions),
            Kind = OneOf("kind", Kinds),
            Source = OneOf("source", Sources),
            MinPriority = Number("minPriority", 0, 100),
            MaxPriority = Number("maxPriority", 0, 100),
            FiledSince = since,
            FirstSeenSince = Time("firstSeenSince"),
            Text = text,
            Limit = Number("limit", 1, MaxLimit) ?? 50,
            After = after,
        };
        return errors.Count > 0 ? (null, errors) : (result, errors);
    }

    public static string EncodeCursor(long priority, long id) =>
        Base64Url.EncodeToString(Encoding.ASCII.GetBytes($"{priority}.{id}"));

    private static (long, long)? DecodeCursor(string cursor)
    {
        try
        {
            var parts = Encoding.ASCII.GetString(Base64Url.DecodeFromChars(cursor)).Split('.');
            return parts.Length == 2
                && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var priority)
                && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var id)
                ? (priority, id)
                : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
