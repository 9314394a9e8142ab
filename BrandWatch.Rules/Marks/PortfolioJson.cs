using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace BrandWatch.Rules.Marks;

/// <summary>
/// Reads the portfolio contract (<c>{"marks":[{"id":…,"name":…}]}</c>). Invalid marks are reported with their line
/// and skipped; the valid rest is returned. Malformed JSON yields no marks and one error.
/// </summary>
public static class PortfolioJson
{
    private const int MaxLabelLength = 63;

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = false,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static Portfolio Parse(string json, string source)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        List<int> markLines;
        PortfolioDocument? document;
        try
        {
            markLines = FindMarkLines(bytes);
            document = JsonSerializer.Deserialize<PortfolioDocument>(bytes, Options);
        }
        catch (JsonException ex)
        {
            var line = (int)(ex.LineNumber ?? 0) + 1;
            return new Portfolio([], [new PortfolioError(source, line, $"malformed JSON: {FirstSentence(ex.Message)}")]);
        }

        if (document?.Marks is null)
        {
            return new Portfolio([], [new PortfolioError(source, 1, "expected an object with a \"marks\" array")]);
        }

        var marks = new List<Mark>();
        var errors = new List<PortfolioError>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < document.Marks.Count; i++)
        {
            var line = i < markLines.Count ? markLines[i] : 1;
            var entry = document.Marks[i];
            var problem = Validate(entry, i);
            if (problem is null && !seen.Add(entry!.Id!))
            {
                problem = $"marks[{i}]: duplicate id \"{entry.Id}\"";
            }

            if (problem is not null)
            {
                errors.Add(new PortfolioError(source, line, problem));
                continue;
            }

            marks.Add(ToMark(entry!));
        }

        return new Portfolio(marks, errors);
    }

    private static string? Validate(MarkDocument? entry, int index)
    {
        var at = $"marks[{index}]";
        if (entry is null)
        {
            return $"{at}: expected a mark object, found null";
        }

        if (string.IsNullOrWhiteSpace(entry.Id))
        {
            return $"{at}: \"id\" is required";
        }

        at = $"{at} (id \"{entry.Id}\")";
        if (string.IsNullOrWhiteSpace(entry.Name))
        {
            return $"{at}: \"name\" is required";
        }

        var labels = MarkLabels.Derive(entry.Name, entry.Labels);
        if (labels.Count == 0)
        {
            return $"{at}: no label form can be derived from the name \"{entry.Name}\"; list one in \"labels\"";
        }

        foreach (var label in labels)
        {
            if (label.Length > MaxLabelLength)
            {
                return $"{at}: label \"{label}\" is longer than {MaxLabelLength} characters";
            }
        }

        foreach (var nice in entry.NiceClasses ?? [])
        {
            if (nice is < 1 or > 45)
            {
                return $"{at}: Nice class {nice} is outside 1–45";
            }
        }

        if (entry.RegisteredOn is { } date && !DateOnly.TryParseExact(date, "yyyy-MM-dd", out _))
        {
            return $"{at}: \"registeredOn\" must be a date written yyyy-MM-dd, found \"{date}\"";
        }

        foreach (var domain in entry.OfficialDomains ?? [])
        {
            if (string.IsNullOrWhiteSpace(domain) || domain.Length > 253 || !domain.Contains('.', StringComparison.Ordinal))
            {
                return $"{at}: official domain \"{domain}\" is not a domain name";
            }
        }

        foreach (var (field, images) in new[] { ("logos", entry.Logos), ("favicons", entry.Favicons) })
        {
            foreach (var image in images ?? [])
            {
                if (ReferenceImage.Problem(image) is { } problem)
                {
                    return $"{at}: \"{field}\": {problem}";
                }
            }
        }

        return null;
    }

    private static Mark ToMark(MarkDocument entry) => new()
    {
        Id = entry.Id!,
        Name = entry.Name!,
        Labels = MarkLabels.Derive(entry.Name!, entry.Labels),
        OfficialDomains = (entry.OfficialDomains ?? []).Select(d => d.Trim().TrimEnd('.').ToLowerInvariant()).ToArray(),
        NiceClasses = entry.NiceClasses ?? [],
        Jurisdictions = entry.Jurisdictions ?? [],
        RegisteredOn = entry.RegisteredOn is { } date ? DateOnly.ParseExact(date, "yyyy-MM-dd") : null,
        WellKnown = entry.WellKnown ?? false,
        Keywords = entry.Keywords ?? [],
        Owner = entry.Owner,
        GenericWord = entry.GenericWord ?? false,
        AuthorisedDomains = (entry.AuthorisedDomains ?? []).Select(d => d.Trim().TrimEnd('.').ToLowerInvariant()).ToArray(),
        Logos = (entry.Logos ?? []).Select(l => l.Trim()).ToArray(),
        Favicons = (entry.Favicons ?? []).Select(l => l.Trim()).ToArray(),
    };

    /// <summary>Line (1-based) of each object that starts directly inside the top-level "marks" array.</summary>
    private static List<int> FindMarkLines(byte[] bytes)
    {
        var lines = new List<int>();
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var inMarks = false;
        var marksDepth = -1;
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1 && reader.ValueTextEquals("marks"u8))
            {
                inMarks = true;
                continue;
            }

            if (inMarks && reader.TokenType == JsonTokenType.StartArray && marksDepth < 0)
            {
                marksDepth = reader.CurrentDepth;
                continue;
            }

            if (marksDepth >= 0 && reader.CurrentDepth == marksDepth + 1 && reader.TokenType is JsonTokenType.StartObject or JsonTokenType.Null)
            {
                lines.Add(LineOf(bytes, reader.TokenStartIndex));
            }

            if (marksDepth >= 0 && reader.TokenType == JsonTokenType.EndArray && reader.CurrentDepth == marksDepth)
            {
                break;
            }
        }

        return lines;
    }

    private static int LineOf(byte[] bytes, long offset)
    {
        var line = 1;
        for (var i = 0; i < offset; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                line++;
            }
        }

        return line;
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(". Path", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }

    private sealed class PortfolioDocument
    {
        public List<MarkDocument?>? Marks { get; set; }
    }

    private sealed class MarkDocument
    {
        public string? Id { get; set; }
        public string? Name { get; set; }
        public List<string>? Labels { get; set; }
        public List<string>? OfficialDomains { get; set; }
        public List<int>? NiceClasses { get; set; }
        public List<string>? Jurisdictions { get; set; }
        public string? RegisteredOn { get; set; }
        public bool? WellKnown { get; set; }
        public List<string>? Keywords { get; set; }
        public string? Owner { get; set; }
        public bool? GenericWord { get; set; }
        public List<string>? AuthorisedDomains { get; set; }
        public List<string>? Logos { get; set; }
        public List<string>? Favicons { get; set; }

        [JsonExtensionData]
        public Dictionary<string, JsonElement>? Extra { get; set; }
    }
}
