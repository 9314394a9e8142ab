using System.Text;
using System.Text.Json;
using BrandWatch.Rules.Json;

namespace BrandWatch.Rules.Marks;

/// <summary>
/// Reads the portfolio format (<c>{"marks":[{"id":…,"name":…}]}</c>) into <see cref="MarkDocument"/>s and checks each
/// with <see cref="MarkValidator"/>, the same rules the Api applies. Invalid marks are reported with their line and
/// the JSON path of the value (<c>marks[2].officialDomains[0]</c>) and skipped; the valid rest is returned. Malformed
/// JSON yields no marks and one error.
/// </summary>
public static class PortfolioJson
{
    // A misspelt field ("wellknown") would otherwise be dropped without a word: it is an error naming its path.
    private static readonly JsonSerializerOptions Options = StrictJson.CreateOptions(commentsAndTrailingCommas: true, nullIsAbsent: true);

    public static Portfolio Parse(string json, string source)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        var root = StrictJson.Deserialize<JsonElement>(bytes, Options, out var malformed);
        if (malformed is not null)
        {
            return new Portfolio([], [new PortfolioError(source, malformed.Line, malformed.Detail)]);
        }

        var markLines = FindMarkLines(bytes);
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("marks", out var array)
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

    /// <summary>One entry: the document and the validator's verdict, or the first problem as "path: reason".</summary>
    private static string? Read(JsonElement element, int index, out MarkDocument? mark)
    {
        var at = $"marks[{index}]";
        mark = null;
        if (element.ValueKind != JsonValueKind.Object)
        {
            return $"{at}: expected a mark object, found {element.ValueKind.ToString().ToLowerInvariant()}";
        }

        var entry = StrictJson.Deserialize<MarkDocument>(Encoding.UTF8.GetBytes(element.GetRawText()), Options, out var error);
        if (error is not null)
        {
            // The error's path is inside the entry ($.registeredOn): put the entry's own path in front.
            return $"{at}{error.Path[1..]}: {error.Detail}";
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

    /// <summary>Line (1-based) of each value directly inside the top-level "marks" array.</summary>
    private static List<int> FindMarkLines(byte[] bytes)
    {
        var lines = new List<int>();
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var inMarks = false;
        while (reader.Read())
        {
            if (reader.CurrentDepth == 1 && reader.TokenType == JsonTokenType.PropertyName)
            {
                inMarks = reader.ValueTextEquals("marks"u8);
            }
            else if (inMarks && reader.CurrentDepth == 2 && reader.TokenType is not (JsonTokenType.PropertyName or JsonTokenType.EndObject or JsonTokenType.EndArray))
            {
                lines.Add(StrictJson.LineOf(bytes, reader.TokenStartIndex));
            }
        }

        return lines;
    }
}
