using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace BrandWatch.Rules.Marks;

/// <summary>
/// Reads the portfolio format (<c>{"marks":[{"id":…,"name":…}]}</c>) into <see cref="MarkDocument"/>s and checks each
/// with <see cref="MarkValidator"/>, the same rules the Api applies. Invalid marks are reported with their line and
/// the JSON path of the value (<c>marks[2].officialDomains[0]</c>) and skipped; the valid rest is returned. Malformed
/// JSON yields no marks and one error.
/// </summary>
public static class PortfolioJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = false,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        // A misspelt field ("wellknown") would otherwise be dropped without a word: it is an error naming its path.
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    public static Portfolio Parse(string json, string source)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        List<int> markLines;
        JsonDocument document;
        try
        {
            markLines = FindMarkLines(bytes);
            document = JsonDocument.Parse(bytes, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException ex)
        {
            var line = (int)(ex.LineNumber ?? 0) + 1;
            return new Portfolio([], [new PortfolioError(source, line, $"malformed JSON: {FirstSentence(ex.Message)}")]);
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object || !document.RootElement.TryGetProperty("marks", out var array)
                || array.ValueKind != JsonValueKind.Array)
            {
                return new Portfolio([], [new PortfolioError(source, 1, "expected an object with a \"marks\" array")]);
            }

            var marks = new List<Mark>();
            var errors = new List<PortfolioError>();
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var i = 0;
            foreach (var element in array.EnumerateArray())
            {
                var line = i < markLines.Count ? markLines[i] : 1;
                var problem = Read(element, i, out var mark);
                if (problem is null && !seen.Add(mark!.Id))
                {
                    problem = $"marks[{i}].id: duplicate id \"{mark.Id}\"";
                }

                if (problem is null)
                {
                    marks.Add(MarkValidator.ToMark(mark!));
                }
                else
                {
                    errors.Add(new PortfolioError(source, line, problem));
                }

                i++;
            }

            return new Portfolio(marks, errors);
        }
    }

    /// <summary>One entry: the document and the validator's verdict, or the first problem as "path: reason".</summary>
    private static string? Read(JsonElement element, int index, out MarkDocument? mark)
    {
        var at = $"marks[{index}]";
        mark = null;
        if (element.ValueKind != JsonValueKind.Object)
        {
            return $"{at}: expected a mark object, found {element.ValueKind.ToString().ToLowerInvariant()}";
        }

        MarkDocument? entry;
        try
        {
            entry = element.Deserialize<MarkDocument>(Options);
        }
        catch (JsonException ex)
        {
            return $"{at}{PathOf(ex)}: {Reason(ex)}";
        }

        if (entry is null)
        {
            return $"{at}: expected a mark object, found null";
        }

        var checkedMark = MarkValidator.Validate(entry, at + ".");
        if (!checkedMark.IsValid)
        {
            var first = checkedMark.Problems[0];
            return $"{first.Path} (id \"{entry.Id}\"): {first.Message}";
        }

        mark = checkedMark.Mark;
        return null;
    }

    /// <summary>The part of the exception's JSON path inside the entry (<c>.registeredOn</c>, <c>.niceClasses[0]</c>).</summary>
    private static string PathOf(JsonException ex) => ex.Path is { Length: > 1 } path && path.StartsWith('$') ? path[1..] : string.Empty;

    private static string Reason(JsonException ex)
    {
        var message = ex.Message;
        if (message.Contains("missing required properties", StringComparison.Ordinal))
        {
            var missing = message.Contains("'id'", StringComparison.Ordinal) ? "id" : "name";
            return $"\"{missing}\" is required";
        }

        if (message.Contains("could not be mapped", StringComparison.Ordinal))
        {
            return "is not a field of the portfolio format";
        }

        var path = ex.Path ?? string.Empty;
        if (path.EndsWith("registeredOn", StringComparison.Ordinal))
        {
            return "must be a date written yyyy-MM-dd";
        }

        if (path.Contains("niceClasses", StringComparison.Ordinal))
        {
            return "must be a whole number (a Nice class 1–45)";
        }

        return path.EndsWith("wellKnown", StringComparison.Ordinal) || path.EndsWith("genericWord", StringComparison.Ordinal)
            ? "must be true or false"
            : path.EndsWith("id", StringComparison.Ordinal) || path.EndsWith("name", StringComparison.Ordinal) || path.EndsWith("owner", StringComparison.Ordinal)
                ? "must be a string"
                : $"has the wrong type: {FirstSentence(message)}";
    }

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
}
