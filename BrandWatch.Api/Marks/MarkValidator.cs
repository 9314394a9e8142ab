using System.Text.Json;
using System.Text.RegularExpressions;
using BrandWatch.Api.Http;
using BrandWatch.Rules.Domains;
using BrandWatch.Rules.Marks;

namespace BrandWatch.Api.Marks;

/// <summary>
/// Validates and normalises a mark (the portfolio rules, with every error naming its field), then checks that the
/// Rules' own portfolio reader accepts the result so that the Worker can load what the Api serves.
/// </summary>
internal static partial class MarkValidator
{
    public const int MaxNameLength = 200;
    public const int MaxListLength = 100;
    public const int MaxTextLength = 200;
    private const int MaxLabelLength = 63;

    public static (MarkInput? Mark, Dictionary<string, string[]> Errors) Validate(MarkInput input, string prefix, DateOnly today)
    {
        var errors = new Dictionary<string, string[]>();
        void Add(string field, string message) => errors.TryAdd(prefix + field, [message]);

        if (!IdPattern().IsMatch(input.Id))
        {
            Add("id", "must be 1–64 characters: letters, digits, '.', '_' or '-', starting with a letter or digit");
        }

        if (string.IsNullOrWhiteSpace(input.Name) || input.Name.Length > MaxNameLength)
        {
            Add("name", $"must be 1–{MaxNameLength} characters");
        }

        var labels = Trimmed(input.Labels, "labels", MaxLabelLength, Add);
        if (!errors.ContainsKey(prefix + "name") && errors.Count == 0)
        {
            var forms = MarkLabels.Derive(input.Name, labels);
            if (forms.Count == 0)
            {
                Add("labels", $"no label form can be derived from the name \"{input.Name}\"; list one");
            }

            foreach (var form in forms.Where(f => f.Length > MaxLabelLength))
            {
                Add("name", $"derives the label form \"{form}\", longer than {MaxLabelLength} characters; list a shorter one in labels");
            }
        }

        var official = Domains(input.OfficialDomains, "officialDomains", Add);
        var authorised = Domains(input.AuthorisedDomains, "authorisedDomains", Add);

        if (input.NiceClasses.Count > 45)
        {
            Add("niceClasses", "lists more than 45 classes");
        }

        for (var i = 0; i < input.NiceClasses.Count; i++)
        {
            if (input.NiceClasses[i] is < 1 or > 45)
            {
                Add($"niceClasses[{i}]", $"Nice class {input.NiceClasses[i]} is outside 1–45");
            }
        }

        var jurisdictions = Trimmed(input.Jurisdictions, "jurisdictions", 2, Add).Select(j => j.ToUpperInvariant()).ToArray();
        for (var i = 0; i < jurisdictions.Length; i++)
        {
            if (!JurisdictionPattern().IsMatch(jurisdictions[i]))
            {
                Add($"jurisdictions[{i}]", "must be a two-letter ISO 3166 country code or EU");
            }
        }

        if (input.RegisteredOn is { } registered && (registered > today || registered.Year < 1800))
        {
            Add("registeredOn", $"must be a date between 1800-01-01 and today ({today:yyyy-MM-dd})");
        }

        var keywords = Trimmed(input.Keywords, "keywords", MaxTextLength, Add);
        var owner = input.Owner?.Trim();
        if (input.Owner is not null && (string.IsNullOrEmpty(owner) || owner.Length > MaxTextLength))
        {
            Add("owner", $"must be 1–{MaxTextLength} characters");
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var normalised = input with
        {
            Id = input.Id,
            Name = input.Name.Trim(),
            Labels = labels,
            OfficialDomains = official,
            AuthorisedDomains = authorised,
            NiceClasses = input.NiceClasses.Distinct().Order().ToArray(),
            Jurisdictions = jurisdictions.Distinct(StringComparer.Ordinal).ToArray(),
            Keywords = keywords,
            Owner = owner,
        };

        var check = PortfolioJson.Parse(JsonSerializer.Serialize(new PortfolioDocument { Marks = [normalised] }, ApiJson.Output), "mark");
        if (check.Errors.Count > 0)
        {
            Add("id", check.Errors[0].Message);
            return (null, errors);
        }

        return (normalised, errors);
    }

    private static string[] Trimmed(IReadOnlyList<string> values, string field, int maxLength, Action<string, string> add)
    {
        if (values.Count > MaxListLength)
        {
            add(field, $"lists more than {MaxListLength} entries");
        }

        var result = new string[values.Count];
        for (var i = 0; i < values.Count; i++)
        {
            var value = values[i].Trim();
            if (value.Length == 0 || value.Length > maxLength)
            {
                add($"{field}[{i}]", $"must be 1–{maxLength} characters");
            }

            result[i] = value;
        }

        return result.Distinct(StringComparer.Ordinal).ToArray();
    }

    private static string[] Domains(IReadOnlyList<string> values, string field, Action<string, string> add)
    {
        if (values.Count > MaxListLength)
        {
            add(field, $"lists more than {MaxListLength} entries");
        }

        var result = new List<string>();
        for (var i = 0; i < values.Count; i++)
        {
            var parsed = DomainName.Parse(values[i]);
            if (!parsed.Success)
            {
                add($"{field}[{i}]", $"\"{values[i]}\" is not a domain name: {parsed.Error}");
                continue;
            }

            result.Add(parsed.Domain!.Ascii);
        }

        return result.Distinct(StringComparer.Ordinal).ToArray();
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")]
    private static partial Regex IdPattern();

    [GeneratedRegex("^[A-Z]{2}$")]
    private static partial Regex JurisdictionPattern();
}
