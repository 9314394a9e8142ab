using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;

namespace BrandWatch.Rules.Json;

/// <summary>What is wrong with a strict JSON document: not JSON at all, an unknown key, a missing key, a wrong type (null included).</summary>
public enum StrictJsonProblem
{
    Malformed,
    UnknownKey,
    MissingKey,
    WrongType,
}

/// <summary>
/// One error in the house wording: <see cref="Path"/> is the JSON path (<c>$.weights.A1</c>), <see cref="Line"/> is
/// 1-based, <see cref="Detail"/> says what is wrong (<c>expected a number, found the string "high"</c>).
/// <see cref="Expected"/> (wrong type, missing key) and <see cref="Found"/> (wrong type) let a reader add its own
/// knowledge, such as a range; <see cref="Missing"/> lists every missing key.
/// </summary>
public sealed record StrictJsonError(StrictJsonProblem Problem, string Path, int Line, string Detail)
{
    public string? Expected { get; init; }

    public string? Found { get; init; }

    public IReadOnlyList<string> Missing { get; init; } = [];

    /// <summary>The path as problem details name fields: <c>evidence.dns.ttl</c>, empty for the root.</summary>
    public string RelativePath => StrictJson.Relative(Path);

    public override string ToString() => $"{Path}: {Detail}";
}

/// <summary>
/// The one way BrandWatch reads strict JSON: System.Text.Json deserialises into a document type with
/// <see cref="CreateOptions"/>, and <see cref="Describe"/> turns the <see cref="JsonException"/> into a
/// <see cref="StrictJsonError"/> naming the path and line. Each reader keeps only its own domain checks.
/// </summary>
public static partial class StrictJson
{
    /// <summary>
    /// Unknown keys, nulls in non-nullable members, numbers written as strings and numeric enums are errors; names are
    /// case-sensitive unless the options copied say otherwise (the Api's web settings have always matched names without
    /// regard to case); enums are kebab-case names.
    /// </summary>
    /// <param name="basedOn">Options to copy (naming, name case, converters); camelCase, case-sensitive names when null.</param>
    /// <param name="commentsAndTrailingCommas">For hand-edited files: skip comments, allow trailing commas.</param>
    /// <param name="nullIsAbsent">An explicit null stands for an absent value even in a non-nullable member (the portfolio file has always read <c>"labels": null</c> as no labels).</param>
    public static JsonSerializerOptions CreateOptions(JsonSerializerOptions? basedOn = null, bool commentsAndTrailingCommas = false, bool nullIsAbsent = false)
    {
        var options = basedOn is null ? new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.CamelCase } : new JsonSerializerOptions(basedOn);
        options.PropertyNameCaseInsensitive = basedOn?.PropertyNameCaseInsensitive ?? false;
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
        error = null;
        try
        {
            return JsonSerializer.Deserialize<T>(utf8Json, options);
        }
        catch (JsonException ex)
        {
            error = Describe(ex, utf8Json, typeof(T), options);
            return default;
        }
    }

    public static T? Deserialize<T>(string json, JsonSerializerOptions options, out StrictJsonError? error) =>
        Deserialize<T>(Encoding.UTF8.GetBytes(json), options, out error);

    /// <summary>
    /// What System.Text.Json threw while reading <paramref name="utf8Json"/> into <paramref name="rootType"/>, as a path, a
    /// line and a message. Text that is not JSON is reported first, wherever the serializer stopped; an unknown key
    /// lists the keys its object has; a wrong type says what was expected (from the serializer's metadata) and what
    /// was found (from the text).
    /// </summary>
    public static StrictJsonError Describe(JsonException exception, ReadOnlySpan<byte> utf8Json, Type rootType, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(exception);
        ArgumentNullException.ThrowIfNull(options);
        if (SyntaxError(utf8Json, options) is { } syntax
            && (syntax.LineNumber != exception.LineNumber || syntax.BytePositionInLine != exception.BytePositionInLine || IsTypeError(exception)))
        {
            exception = syntax; // the serializer's own report of the same syntax error is kept: it has the path
        }

        var path = exception.Path ?? "$";
        var line = (int)(exception.LineNumber ?? 0) + 1;
        if (UnknownKey().Match(exception.Message) is { Success: true } unknown)
        {
            var key = path.EndsWith(Child(string.Empty, unknown.Groups[1].Value), StringComparison.Ordinal) ? path : Child(path, unknown.Groups[1].Value);
            var keys = TypeAt(options, rootType, key, parent: true) is { } type && options.GetTypeInfo(type) is { Kind: JsonTypeInfoKind.Object, Properties.Count: > 0 } info
                ? $"; expected one of {string.Join(", ", info.Properties.Select(p => p.Name))}"
                : string.Empty;
            return new StrictJsonError(StrictJsonProblem.UnknownKey, key, line, "unknown key" + keys);
        }

        var paths = MissingKeys().Match(exception.Message) is { Success: true } missing
            ? QuotedName().Matches(missing.Groups[1].Value).Select(m => Child(path, m.Groups[1].Value)).ToList()
            : [];
        if (paths.Count > 0)
        {
            var expected = TypeAt(options, rootType, paths[0]) is { } type ? Expected(type, options) : null;
            return new StrictJsonError(StrictJsonProblem.MissingKey, paths[0], line, "is required") { Missing = paths, Expected = expected };
        }

        if (!IsTypeError(exception))
        {
            var reason = exception.Message.Split(" Path:")[0].Split(" LineNumber:")[0];
            return new StrictJsonError(StrictJsonProblem.Malformed, path, line, $"malformed JSON at line {line}: {reason}");
        }

        var want = TypeAt(options, rootType, path) is { } target ? Expected(target, options) : "a value of another type";
        var found = FoundAt(utf8Json, exception, options);
        return new StrictJsonError(StrictJsonProblem.WrongType, path, line, found is null ? $"expected {want}" : $"expected {want}, found {found}")
        {
            Expected = want,
            Found = found,
        };
    }

    /// <summary>The 1-based line of a byte offset.</summary>
    public static int LineOf(ReadOnlySpan<byte> utf8Json, long offset) => utf8Json[..(int)Math.Min(offset, utf8Json.Length)].Count((byte)'\n') + 1;

    /// <summary>The 1-based line of the first occurrence of <paramref name="token"/>, or null.</summary>
    public static int? LineOf(string json, string token)
    {
        ArgumentNullException.ThrowIfNull(json);
        var at = json.IndexOf(token, StringComparison.Ordinal);
        return at < 0 ? null : json.AsSpan(0, at).Count('\n') + 1;
    }

    /// <summary>A JSON path without its root: <c>$.a.b</c> is <c>a.b</c>, <c>$</c> is empty.</summary>
    public static string Relative(string path) => path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');

    /// <summary>A value the serializer could not convert (or a null it may not set), as opposed to text that is not JSON.</summary>
    private static bool IsTypeError(JsonException exception) =>
        exception.Message.StartsWith("The JSON value could not be converted", StringComparison.Ordinal)
        || exception.Message.Contains("doesn't allow setting null values", StringComparison.Ordinal)
        || exception.InnerException is FormatException or InvalidOperationException or OverflowException;

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

    /// <summary>Replays a reader to the value the exception points at (the serializer stops just after it) and describes it.</summary>
    private static string? FoundAt(ReadOnlySpan<byte> utf8Json, JsonException exception, JsonSerializerOptions options)
    {
        long offset = 0;
        for (var line = 0L; line < exception.LineNumber; line++)
        {
            var next = utf8Json[(int)offset..].IndexOf((byte)'\n');
            if (next < 0)
            {
                return null;
            }

            offset += next + 1;
        }

        offset += exception.BytePositionInLine ?? 0;
        var reader = new Utf8JsonReader(utf8Json, ReaderOptions(options));
        while (reader.Read() && reader.BytesConsumed <= offset)
        {
            if (reader.BytesConsumed == offset && reader.TokenType is not (JsonTokenType.PropertyName or JsonTokenType.EndObject or JsonTokenType.EndArray))
            {
                return reader.TokenType switch
                {
                    JsonTokenType.String => $"the string \"{StringOf(ref reader)}\"",
                    JsonTokenType.Number => $"the number {Encoding.UTF8.GetString(reader.ValueSpan)}",
                    JsonTokenType.True or JsonTokenType.False => $"the boolean {reader.TokenType.ToString().ToLowerInvariant()}",
                    JsonTokenType.Null => "null",
                    JsonTokenType.StartArray => "an array",
                    _ => "an object",
                };
            }
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
            return Encoding.UTF8.GetString(reader.ValueSpan); // an escape that is not valid UTF-16: as written
        }
    }

    /// <summary>The declared type at a JSON path (or at its parent), walking the serializer's metadata from the root type.</summary>
    private static Type? TypeAt(JsonSerializerOptions options, Type rootType, string path, bool parent = false)
    {
        var segments = Segment().Matches(path).ToList();
        var info = options.GetTypeInfo(rootType);
        foreach (var segment in segments.Take(segments.Count - (parent ? 1 : 0)))
        {
            var name = segment.Groups["name"].Success ? segment.Groups["name"].Value : segment.Groups["quoted"].Success ? segment.Groups["quoted"].Value : null;
            var next = info.Kind switch
            {
                JsonTypeInfoKind.Object when name is not null => info.Properties.FirstOrDefault(p => p.Name == name)?.PropertyType,
                JsonTypeInfoKind.Dictionary when name is not null => info.ElementType,
                JsonTypeInfoKind.Enumerable when name is null => info.ElementType,
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

    private static string Expected(Type type, JsonSerializerOptions options)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        if (t.IsEnum)
        {
            var names = Enum.GetValuesAsUnderlyingType(t).Cast<object>().Select(v => JsonSerializer.Serialize(Enum.ToObject(t, v), t, options).Trim('"'));
            return $"one of {string.Join(", ", names)}";
        }

        return Type.GetTypeCode(t) switch
        {
            TypeCode.String or TypeCode.Char => "a string",
            TypeCode.Boolean => "true or false",
            TypeCode.Byte or TypeCode.SByte or TypeCode.Int16 or TypeCode.UInt16 or TypeCode.Int32 or TypeCode.UInt32 or TypeCode.Int64 or TypeCode.UInt64 => "an integer",
            TypeCode.Single or TypeCode.Double or TypeCode.Decimal => "a number",
            _ when t == typeof(DateOnly) => "a date written yyyy-MM-dd",
            _ when t == typeof(DateTimeOffset) || t == typeof(DateTime) => "a date and time (ISO 8601)",
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

    private static string Child(string path, string name) =>
        name.Length == 0 || name.AsSpan().IndexOfAny(".[]' ") >= 0 ? $"{path}['{name}']" : $"{path}.{name}";

    [GeneratedRegex(@"\.(?<name>[^.\[]+)|\['(?<quoted>(?:[^']|'(?!\]))*)'\]|\[(?<index>\d+)\]")]
    private static partial Regex Segment();

    [GeneratedRegex("The JSON property '([^']*)' could not be mapped")]
    private static partial Regex UnknownKey();

    [GeneratedRegex("missing required properties including: (.*)$", RegexOptions.Singleline)]
    private static partial Regex MissingKeys();

    [GeneratedRegex("'([^']+)'")]
    private static partial Regex QuotedName();
}
