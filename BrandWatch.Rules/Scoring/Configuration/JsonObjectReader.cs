using System.Globalization;
using System.Text.Json;

namespace BrandWatch.Rules.Scoring.Configuration;

/// <summary>Reads one JSON object strictly: every key must be read, every value must have the expected type.</summary>
internal sealed class JsonObjectReader
{
    private readonly JsonElement _element;
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    public JsonObjectReader(JsonElement element, string path)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new RuleConfigException(path, $"expected an object, found {Describe(element)}");
        }

        _element = element;
        Path = path;
    }

    public string Path { get; }

    public IEnumerable<string> Keys => _element.EnumerateObject().Select(p => p.Name);

    public string At(string key) => $"{Path}.{key}";

    public JsonElement? Optional(string key)
    {
        _read.Add(key);
        return _element.TryGetProperty(key, out var value) ? value : null;
    }

    public JsonElement Required(string key, string expected)
    {
        return Optional(key) ?? throw new RuleConfigException(At(key), $"is required ({expected})");
    }

    public string RequiredString(string key)
    {
        var value = Required(key, "a string");
        if (value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()))
        {
            throw new RuleConfigException(At(key), $"expected a non-empty string, found {Describe(value)}");
        }

        return value.GetString()!;
    }

    public double RequiredNumber(string key, double min, double max)
    {
        return Number(Required(key, $"a number in [{F(min)}, {F(max)}]"), At(key), min, max);
    }

    public int RequiredInteger(string key, int min, int max)
    {
        var at = At(key);
        var value = Required(key, $"an integer in [{min}, {max}]");
        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out var number) || number < min || number > max)
        {
            throw new RuleConfigException(at, $"expected an integer in [{min}, {max}], found {Describe(value)}");
        }

        return number;
    }

    public IReadOnlyList<string> RequiredStrings(string key) => Strings(Required(key, "an array of strings"), At(key));

    public IReadOnlyList<string> OptionalStrings(string key) => Optional(key) is { } value ? Strings(value, At(key)) : [];

    public JsonObjectReader RequiredObject(string key) => new(Required(key, "an object"), At(key));

    public void RejectUnknown(string expected)
    {
        foreach (var property in _element.EnumerateObject())
        {
            if (!_read.Contains(property.Name))
            {
                throw new RuleConfigException(At(property.Name), $"unknown key; expected {expected}");
            }
        }
    }

    public static double Number(JsonElement value, string at, double min, double max)
    {
        if (value.ValueKind != JsonValueKind.Number || !value.TryGetDouble(out var number) || number < min || number > max)
        {
            throw new RuleConfigException(at, $"expected a number in [{F(min)}, {F(max)}], found {Describe(value)}");
        }

        return number;
    }

    public static IReadOnlyList<string> Strings(JsonElement value, string at)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            throw new RuleConfigException(at, $"expected an array of strings, found {Describe(value)}");
        }

        var list = new List<string>();
        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(item.GetString()))
            {
                throw new RuleConfigException($"{at}[{index}]", $"expected a non-empty string, found {Describe(item)}");
            }

            list.Add(item.GetString()!.Trim().ToLowerInvariant());
            index++;
        }

        return list;
    }

    public static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => $"the string \"{value.GetString()}\"",
        JsonValueKind.Number => $"the number {value.GetRawText()}",
        JsonValueKind.True or JsonValueKind.False => $"the boolean {value.GetRawText()}",
        JsonValueKind.Null => "null",
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        _ => value.ValueKind.ToString(),
    };

    private static string F(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
