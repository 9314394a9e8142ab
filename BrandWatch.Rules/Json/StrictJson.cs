using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;

namespace BrandWatch.Rules.Json;

/// <summary>What is wrong with a strict JSON document.</summary>
public enum StrictJsonProblem
{
    /// <summary>Not JSON: a syntax error or trailing garbage.</summary>
    Malformed,

    /// <summary>A key the document does not have.</summary>
    UnknownKey,

    /// <summary>A required key is absent.</summary>
    MissingKey,

    /// <summary>A value of the wrong type (null where null is not allowed included).</summary>
    WrongType,
}

/// <summary>
/// One error of a strict JSON document in the house wording: <see cref="Path"/> is the JSON path of the value or key
/// (<c>$.weights.A1</c>), <see cref="Line"/> is 1-based, <see cref="Detail"/> says what is wrong
/// (<c>expected a number, found the string "high"</c>).
/// </summary>
public sealed record StrictJsonError(StrictJsonProblem Problem, string Path, int Line, string Detail)
{
    /// <summary>For <see cref="StrictJsonProblem.WrongType"/> and <see cref="StrictJsonProblem.MissingKey"/>: what the document wants there (<c>a number</c>).</summary>
    public string? Expected { get; init; }

    /// <summary>For <see cref="StrictJsonProblem.WrongType"/>: what the text has there (<c>the string "high"</c>).</summary>
    public string? Found { get; init; }

    /// <summary>For <see cref="StrictJsonProblem.MissingKey"/>: the path of every missing key (the first is <see cref="Path"/>).</summary>
    public IReadOnlyList<string> Missing { get; init; } = [];

    /// <summary>The path without its <c>$</c> root, as problem details name fields: <c>evidence.dns.ttl</c>, empty for the root.</summary>
    public string RelativePath => StrictJson.Relative(Path);

    public override string ToString() => $"{Path}: {Detail}";
}

/// <summary>
/// The one way BrandWatch reads strict JSON: System.Text.Json deserialisation into documents with
/// <see cref="CreateOptions"/> (unknown keys, nulls in non-nullable members, numbers in strings and numeric enums are
/// errors; names are case-sensitive), and <see cref="Describe"/> to turn the <see cref="JsonException"/> into a
/// <see cref="StrictJsonError"/> naming the path and line. Each reader keeps its own domain checks.
/// </summary>
public static partial class StrictJson
{
    /// <summary>Strict reading options.</summary>
    /// <param name="basedOn">Options to copy (naming, converters); camelCase names when null.</param>
    /// <param name="commentsAndTrailingCommas">For hand-edited files: skip comments, allow trailing commas.</param>
    /// <param name="nullIsAbsent">
    /// Let an explicit null stand for an absent value in members declared non-nullable (the portfolio file format has
    /// always read <c>"labels": null</c> as no labels); otherwise such a null is an error naming its path.
    /// </param>
    public static JsonSerializerOptions CreateOptions(JsonSerializerOptions? basedOn = null, bool commentsAndTrailingCommas = false, bool nullIsAbsent = false)
    {
        var options = basedOn is null ? new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.CamelCase } : new JsonSerializerOptions(basedOn);
        options.PropertyNameCaseInsensitive = false;
        options.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        options.RespectNullableAnnotations = !nullIsAbsent;
        options.RespectRequiredConstructorParameters = true;
        options.NumberHandling = JsonNumberHandling.Strict;
        options.ReadCommentHandling = commentsAndTrailingCommas ? JsonCommentHandling.Skip : JsonCommentHandling.Disallow;
        options.AllowTrailingCommas = commentsAndTrailingCommas;
        options.Converters.Insert(0, new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false));
        options.TypeInfoResolver ??= new DefaultJsonTypeInfoResolver();
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    /// <summary>Deserialises <paramref name="utf8Json"/>; on failure returns default and the error.</summary>
    public static T? Deserialize<T>(ReadOnlySpan<byte> utf8Json, JsonSerializerOptions options, out StrictJsonError? error)
    {
        try
        {
            error = null;
            return JsonSerializer.Deserialize<T>(utf8Json, options);
        }
        catch (JsonException ex)
        {
            error = Describe(ex, utf8Json, typeof(T), options);
            return default;
        }
    }

    /// <summary>Deserialises <paramref name="json"/>; on failure returns default and the error.</summary>
    public static T? Deserialize<T>(string json, JsonSerializerOptions options, out StrictJsonError? error) =>
        Deserialize<T>(Encoding.UTF8.GetBytes(json), options, out error);

    /// <summary>
    /// Turns what System.Text.Json threw while reading <paramref name="utf8Json"/> into <paramref name="rootType"/>
    /// into a path, a line and a message: unknown keys list the keys the object has, type errors say what was expected
    /// and what was found.
    /// </summary>
    public static StrictJsonError Describe(JsonException exception, ReadOnlySpan<byte> utf8Json, Type rootType, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(exception);
        ArgumentNullException.ThrowIfNull(rootType);
        ArgumentNullException.ThrowIfNull(options);
        // Text that is not JSON is reported before anything else, wherever the serializer stopped (the serializer's
        // own report of the same error is kept: it carries the path).
        if (SyntaxError(utf8Json, options) is { } syntax
            && (syntax.LineNumber != exception.LineNumber || syntax.BytePositionInLine != exception.BytePositionInLine || IsTypeError(exception)))
        {
            exception = syntax;
        }

        var path = exception.Path ?? "$";
        var line = (int)(exception.LineNumber ?? 0) + 1;
        var message = exception.Message;

        var unknown = UnknownKey().Match(message);
        if (unknown.Success)
        {
            var name = unknown.Groups["name"].Value;
            var key = EndsWithKey(path, name) ? path : Child(path, name);
            var keys = KeysAt(options, rootType, Parent(key));
            return new StrictJsonError(StrictJsonProblem.UnknownKey, key, line, keys is null ? "unknown key" : $"unknown key; expected one of {keys}");
        }

        var missing = MissingKeys().Match(message);
        if (missing.Success)
        {
            var paths = QuotedName().Matches(missing.Groups["names"].Value).Select(m => Child(path, m.Groups["name"].Value)).ToList();
            if (paths.Count > 0)
            {
                var what = TypeAt(options, rootType, paths[0]) is { } missingType ? Expected(missingType, options) : null;
                return new StrictJsonError(StrictJsonProblem.MissingKey, paths[0], line, "is required") { Missing = paths, Expected = what };
            }
        }

        if (!IsTypeError(exception))
        {
            return new StrictJsonError(StrictJsonProblem.Malformed, path, line, $"malformed JSON at line {line}: {FirstSentence(message)}");
        }

        var expected = TypeAt(options, rootType, path) is { } type ? Expected(type, options) : "a value of another type";
        var found = FoundAt(utf8Json, exception, options);
        return new StrictJsonError(StrictJsonProblem.WrongType, path, line, found is null ? $"expected {expected}" : $"expected {expected}, found {found}")
        {
            Expected = expected,
            Found = found,
        };
    }

    /// <summary>The house description of a JSON value: <c>the string "x"</c>, <c>the number 1.5</c>, <c>null</c>, <c>an object</c>.</summary>
    public static string DescribeValue(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => $"the string \"{value.GetString()}\"",
        JsonValueKind.Number => $"the number {value.GetRawText()}",
        JsonValueKind.True or JsonValueKind.False => $"the boolean {value.GetRawText()}",
        JsonValueKind.Null => "null",
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        _ => value.ValueKind.ToString(),
    };

    /// <summary>The house description of a number that was read: <c>the number 1.5</c>.</summary>
    public static string DescribeNumber(double value) => $"the number {value.ToString("R", CultureInfo.InvariantCulture)}";

    /// <summary>The 1-based line of a byte offset.</summary>
    public static int LineOf(ReadOnlySpan<byte> utf8Json, long offset)
    {
        var end = (int)Math.Min(offset, utf8Json.Length);
        return utf8Json[..end].Count((byte)'\n') + 1;
    }

    /// <summary>The 1-based line of the first occurrence of <paramref name="token"/>, or null.</summary>
    public static int? LineOf(string json, string token)
    {
        ArgumentNullException.ThrowIfNull(json);
        var at = json.IndexOf(token, StringComparison.Ordinal);
        return at < 0 ? null : json.AsSpan(0, at).Count('\n') + 1;
    }

    /// <summary>A JSON path without its <c>$</c> root: <c>$.a.b</c> is <c>a.b</c>, <c>$</c> is empty.</summary>
    public static string Relative(string path) => path == "$" ? string.Empty : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');

    /// <summary>The first syntax error of the text, or null when it is well-formed JSON.</summary>
    private static JsonException? SyntaxError(ReadOnlySpan<byte> utf8Json, JsonSerializerOptions options)
    {
        var reader = new Utf8JsonReader(utf8Json, ReaderOptions(options));
        try
        {
            while (reader.Read())
            {
            }

            return null;
        }
        catch (JsonException ex)
        {
            return ex;
        }
    }

    private static JsonReaderOptions ReaderOptions(JsonSerializerOptions options) => new()
    {
        CommentHandling = options.ReadCommentHandling,
        AllowTrailingCommas = options.AllowTrailingCommas,
        MaxDepth = options.MaxDepth == 0 ? 64 : options.MaxDepth,
    };

    /// <summary>A value the serializer could not convert (or a null it may not set), as opposed to text that is not JSON.</summary>
    private static bool IsTypeError(JsonException exception) =>
        exception.Message.StartsWith("The JSON value could not be converted", StringComparison.Ordinal)
        || exception.Message.Contains("doesn't allow setting null values", StringComparison.Ordinal)
        || exception.InnerException is FormatException or InvalidOperationException or OverflowException;

    /// <summary>Replays a reader to the value the exception points at (it stops just after the value) and describes it.</summary>
    private static string? FoundAt(ReadOnlySpan<byte> utf8Json, JsonException exception, JsonSerializerOptions options)
    {
        if (exception.LineNumber is not { } line || exception.BytePositionInLine is not { } column)
        {
            return null;
        }

        var lineStart = 0;
        for (var i = 0L; i < line; i++)
        {
            var next = utf8Json[lineStart..].IndexOf((byte)'\n');
            if (next < 0)
            {
                return null;
            }

            lineStart += next + 1;
        }

        var offset = lineStart + column;
        var reader = new Utf8JsonReader(utf8Json, ReaderOptions(options));
        try
        {
            while (reader.Read())
            {
                if (reader.BytesConsumed == offset && reader.TokenType is not JsonTokenType.PropertyName and not JsonTokenType.EndObject and not JsonTokenType.EndArray)
                {
                    return reader.TokenType switch
                    {
                        JsonTokenType.String => $"the string \"{StringOf(ref reader)}\"",
                        JsonTokenType.Number => $"the number {Encoding.UTF8.GetString(reader.ValueSpan)}",
                        JsonTokenType.True => "the boolean true",
                        JsonTokenType.False => "the boolean false",
                        JsonTokenType.Null => "null",
                        JsonTokenType.StartArray => "an array",
                        _ => "an object",
                    };
                }

                if (reader.BytesConsumed > offset)
                {
                    return null;
                }
            }
        }
        catch (JsonException)
        {
            // A syntax error after the value: the value was not found.
        }

        return null;
    }

    private static string StringOf(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            // An escape that is not valid UTF-16 (a lone surrogate): show the text as written.
            return Encoding.UTF8.GetString(reader.ValueSpan);
        }
    }

    /// <summary>The declared type at a JSON path, walking the serializer's metadata from the root type.</summary>
    private static Type? TypeAt(JsonSerializerOptions options, Type rootType, string path)
    {
        var info = options.GetTypeInfo(rootType);
        foreach (var segment in Segments(path))
        {
            Type? next = info.Kind switch
            {
                JsonTypeInfoKind.Object when segment is string name => info.Properties.FirstOrDefault(p => p.Name == name)?.PropertyType,
                JsonTypeInfoKind.Dictionary when segment is string => info.ElementType,
                JsonTypeInfoKind.Enumerable when segment is int => info.ElementType,
                _ => null,
            };
            if (next is null)
            {
                return null;
            }

            info = options.GetTypeInfo(next);
        }

        return info.Type;
    }

    /// <summary>The keys of the object at a path, in declaration order, or null when it is not an object with properties.</summary>
    private static string? KeysAt(JsonSerializerOptions options, Type rootType, string path) =>
        TypeAt(options, rootType, path) is { } type && options.GetTypeInfo(type) is { Kind: JsonTypeInfoKind.Object, Properties.Count: > 0 } info
            ? string.Join(", ", info.Properties.Select(p => p.Name))
            : null;

    private static string Expected(Type type, JsonSerializerOptions options)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        if (t.IsEnum)
        {
            var names = Enum.GetValuesAsUnderlyingType(t).Cast<object>()
                .Select(v => JsonSerializer.Serialize(Enum.ToObject(t, v), t, options).Trim('"'));
            return $"one of {string.Join(", ", names)}";
        }

        return Type.GetTypeCode(t) switch
        {
            TypeCode.String or TypeCode.Char => "a string",
            TypeCode.Boolean => "true or false",
            TypeCode.Byte or TypeCode.SByte or TypeCode.Int16 or TypeCode.UInt16 or TypeCode.Int32 or TypeCode.UInt32 or TypeCode.Int64 or TypeCode.UInt64 => "an integer",
            TypeCode.Single or TypeCode.Double or TypeCode.Decimal => "a number",
            TypeCode.DateTime => "a date and time (ISO 8601)",
            _ when t == typeof(DateOnly) => "a date written yyyy-MM-dd",
            _ when t == typeof(DateTimeOffset) => "a date and time (ISO 8601)",
            _ when t == typeof(JsonElement) => "a JSON value",
            _ => options.GetTypeInfo(t) switch
            {
                { Kind: JsonTypeInfoKind.Enumerable, ElementType: { } element } => Expected(element, options) switch
                {
                    "a string" => "an array of strings",
                    "an integer" => "an array of integers",
                    "a number" => "an array of numbers",
                    _ => "an array",
                },
                { Kind: JsonTypeInfoKind.Object or JsonTypeInfoKind.Dictionary } => "an object",
                _ => "a value of another type",
            },
        };
    }

    /// <summary>Splits <c>$.a['b.c'][2]</c> into "a", "b.c", 2.</summary>
    private static List<object> Segments(string path)
    {
        var segments = new List<object>();
        var i = path.StartsWith('$') ? 1 : 0;
        while (i < path.Length)
        {
            if (path[i] == '.')
            {
                var end = path.IndexOfAny(['.', '['], i + 1);
                end = end < 0 ? path.Length : end;
                segments.Add(path[(i + 1)..end]);
                i = end;
            }
            else if (path.AsSpan(i).StartsWith("['", StringComparison.Ordinal))
            {
                var end = path.IndexOf("']", i + 2, StringComparison.Ordinal);
                end = end < 0 ? path.Length : end;
                segments.Add(path[(i + 2)..end]);
                i = end + 2;
            }
            else if (path[i] == '[')
            {
                var end = path.IndexOf(']', i + 1);
                end = end < 0 ? path.Length : end;
                segments.Add(int.TryParse(path.AsSpan(i + 1, end - i - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var index) ? index : path[(i + 1)..end]);
                i = end + 1;
            }
            else
            {
                break;
            }
        }

        return segments;
    }

    private static string Child(string path, string name) =>
        name.AsSpan().IndexOfAny(".[]' ") >= 0 || name.Length == 0 ? $"{path}['{name}']" : $"{path}.{name}";

    private static bool EndsWithKey(string path, string name) =>
        path.EndsWith("." + name, StringComparison.Ordinal) || path.EndsWith($"['{name}']", StringComparison.Ordinal);

    private static string Parent(string path)
    {
        var segments = Segments(path);
        var parent = "$";
        foreach (var segment in segments.Take(segments.Count - 1))
        {
            parent = segment is int index ? $"{parent}[{index.ToString(CultureInfo.InvariantCulture)}]" : Child(parent, (string)segment);
        }

        return parent;
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        var first = cut > 0 ? message[..cut] : message;
        cut = first.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (cut > 0 ? first[..cut] : first).TrimEnd(' ', '|');
    }

    [GeneratedRegex("The JSON property '(?<name>[^']*)' could not be mapped")]
    private static partial Regex UnknownKey();

    [GeneratedRegex("missing required properties including: (?<names>.*)$", RegexOptions.Singleline)]
    private static partial Regex MissingKeys();

    [GeneratedRegex("'(?<name>[^']+)'")]
    private static partial Regex QuotedName();
}
