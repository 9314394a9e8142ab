using System.Text.RegularExpressions;
using BrandWatch.Rules.Domains;

namespace BrandWatch.Rules.Marks;

/// <summary>
/// The rules of the portfolio format, in one place for every host: the Api checks a mark with them before it stores
/// it, and <see cref="PortfolioJson"/> checks every entry of a file with them before the Worker screens it. Each
/// problem names the JSON path of the value (with the caller's prefix, such as <c>marks[2].</c>); a valid mark comes
/// back normalised (trimmed, domains in ASCII, lists without repeats).
/// </summary>
public static partial class MarkValidator
{
    public const int MaxIdLength = 64;
    public const int MaxNameLength = 200;
    public const int MaxListLength = 100;
    public const int MaxTextLength = 200;
    public const int MaxLabelLength = 63;
    public const int MaxNiceClasses = 45;

    /// <summary>The earliest registration date taken as real; earlier ones are typing errors.</summary>
    public static readonly DateOnly EarliestRegistration = new(1800, 1, 1);

    /// <summary>
    /// Checks one mark. <paramref name="today"/>, when given, refuses a registration date after it (the Api records
    /// registered marks); a file may carry a future date, which the scorer reads as rights not yet valid (G0).
    /// <paramref name="dataUrlsOnly"/> refuses reference images written as file names (the Api keeps no files beside a mark).
    /// </summary>
    public static MarkValidation Validate(MarkDocument input, string prefix = "", DateOnly? today = null, bool dataUrlsOnly = false)
    {
        ArgumentNullException.ThrowIfNull(input);
        var problems = new List<MarkProblem>();
        void Add(string field, string message)
        {
            if (!problems.Any(p => p.Path == prefix + field))
            {
                problems.Add(new MarkProblem(prefix + field, message));
            }
        }

        // A date of the mark's rights: from 1800 on, and, where the caller knows today, not in the future.
        void CheckDate(DateOnly? date, string field)
        {
            if (date is { } value && (value < EarliestRegistration || (today is { } day && value > day)))
            {
                Add(field, today is { } until
                    ? $"must be a date between {EarliestRegistration:yyyy-MM-dd} and today ({until:yyyy-MM-dd})"
                    : $"must be a date from {EarliestRegistration:yyyy-MM-dd} on");
            }
        }

        if (input.Id is null || !IdPattern().IsMatch(input.Id))
        {
            Add("id", $"must be 1–{MaxIdLength} characters: letters, digits, '.', '_' or '-', starting with a letter or digit");
        }

        if (string.IsNullOrWhiteSpace(input.Name) || input.Name.Length > MaxNameLength)
        {
            Add("name", $"must be 1–{MaxNameLength} characters");
        }

        var labels = Trimmed(input.Labels, "labels", MaxLabelLength, Add);
        if (problems.Count == 0)
        {
            var forms = MarkLabels.Derive(input.Name!, labels);
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

        var nice = input.NiceClasses ?? [];
        if (nice.Count > MaxNiceClasses)
        {
            Add("niceClasses", $"lists more than {MaxNiceClasses} classes");
        }

        for (var i = 0; i < nice.Count; i++)
        {
            if (nice[i] is < 1 or > 45)
            {
                Add($"niceClasses[{i}]", $"Nice class {nice[i]} is outside 1–45");
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

        CheckDate(input.RegisteredOn, "registeredOn");
        CheckDate(input.FirstUsedOn, "firstUsedOn");

        var keywords = Trimmed(input.Keywords, "keywords", MaxTextLength, Add);
        var owner = input.Owner?.Trim();
        if (input.Owner is not null && (string.IsNullOrEmpty(owner) || owner.Length > MaxTextLength))
        {
            Add("owner", $"must be 1–{MaxTextLength} characters");
        }

        var logos = Images(input.Logos, "logos", dataUrlsOnly, Add);
        var favicons = Images(input.Favicons, "favicons", dataUrlsOnly, Add);

        if (problems.Count > 0)
        {
            return new MarkValidation(null, problems);
        }

        return new MarkValidation(input with
        {
            Name = input.Name!.Trim(),
            Labels = labels,
            OfficialDomains = official,
            AuthorisedDomains = authorised,
            NiceClasses = nice.Distinct().Order().ToArray(),
            Jurisdictions = jurisdictions.Distinct(StringComparer.Ordinal).ToArray(),
            Keywords = keywords,
            Owner = owner,
            Logos = logos,
            Favicons = favicons,
        }, problems);
    }

    /// <summary>The mark screening and scoring use, from a document <see cref="Validate"/> accepted.</summary>
    public static Mark ToMark(MarkDocument valid)
    {
        ArgumentNullException.ThrowIfNull(valid);
        return new Mark
        {
            Id = valid.Id,
            Name = valid.Name,
            Labels = MarkLabels.Derive(valid.Name, valid.Labels),
            OfficialDomains = valid.OfficialDomains,
            NiceClasses = valid.NiceClasses,
            Jurisdictions = valid.Jurisdictions,
            RegisteredOn = valid.RegisteredOn,
            FirstUsedOn = valid.FirstUsedOn,
            WellKnown = valid.WellKnown,
            Keywords = valid.Keywords,
            Owner = valid.Owner,
            GenericWord = valid.GenericWord,
            AuthorisedDomains = valid.AuthorisedDomains,
            Logos = valid.Logos,
            Favicons = valid.Favicons,
        };
    }

    private static string[] Images(IReadOnlyList<string>? values, string field, bool dataUrlsOnly, Action<string, string> add)
    {
        values ??= [];
        if (values.Count > MaxListLength)
        {
            add(field, $"lists more than {MaxListLength} entries");
        }

        var images = values.Select(v => v?.Trim() ?? string.Empty).ToArray();
        for (var i = 0; i < images.Length; i++)
        {
            if (ReferenceImage.Problem(images[i]) is { } problem)
            {
                add($"{field}[{i}]", problem);
            }
            else if (dataUrlsOnly && !ReferenceImage.IsDataUrl(images[i]))
            {
                add($"{field}[{i}]", "must be a data:image/TYPE;base64,DATA URL (the Api keeps no image files)");
            }
        }

        return images;
    }

    private static string[] Trimmed(IReadOnlyList<string>? values, string field, int maxLength, Action<string, string> add)
    {
        values ??= [];
        if (values.Count > MaxListLength)
        {
            add(field, $"lists more than {MaxListLength} entries");
        }

        var result = new string[values.Count];
        for (var i = 0; i < values.Count; i++)
        {
            var value = values[i]?.Trim() ?? string.Empty;
            if (value.Length == 0 || value.Length > maxLength)
            {
                add($"{field}[{i}]", $"must be 1–{maxLength} characters");
            }

            result[i] = value;
        }

        return result.Distinct(StringComparer.Ordinal).ToArray();
    }

    private static string[] Domains(IReadOnlyList<string>? values, string field, Action<string, string> add)
    {
        values ??= [];
        if (values.Count > MaxListLength)
        {
            add(field, $"lists more than {MaxListLength} entries");
        }

        var result = new List<string>(values.Count);
        for (var i = 0; i < values.Count; i++)
        {
            if (OwnedDomain(values[i] ?? string.Empty, out var ascii) is { } error)
            {
                add($"{field}[{i}]", $"\"{values[i]}\" is not a domain name: {error}");
                continue;
            }

            result.Add(ascii);
        }

        return result.Distinct(StringComparer.Ordinal).ToArray();
    }

    /// <summary>
    /// A domain the owner or a licensee runs, in ASCII: IDNA-valid, with a dot, at most 253 characters. Unlike a
    /// screened name it may be a public suffix itself: an owner runs googleapis.com or myshopify.com, which the Public
    /// Suffix List lists as suffixes for its customers.
    /// </summary>
    private static string? OwnedDomain(string input, out string ascii)
    {
        var text = input.Trim();
        if (text.EndsWith('.'))
        {
            text = text[..^1];
        }

        ascii = string.Empty;
        if (text.Length == 0)
        {
            return "empty";
        }

        if (DomainName.MapBothWays(text, out var mapped, out _) is { } error)
        {
            return error;
        }

        if (mapped.Length > 253)
        {
            return $"longer than 253 characters in ASCII form ({mapped.Length})";
        }

        if (!mapped.Contains('.', StringComparison.Ordinal))
        {
            return "has no dot: a domain needs a label and a suffix";
        }

        ascii = mapped;
        return null;
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();

    [GeneratedRegex("^([A-Z]{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex JurisdictionPattern();
}
