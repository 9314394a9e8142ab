using System.Text.Json;

namespace BrandWatch.Rules.Registration;

/// <summary>
/// Defensive readers for RDAP answers (RFC 9083), shared by the domain, network and autnum readers: answers are
/// untrusted, so a member of the wrong type reads as absent, never as an exception.
/// </summary>
internal static class RdapJson
{
    /// <summary>The element's text when it is a JSON string; null for any other type (answers are untrusted).</summary>
    internal static string? Text(JsonElement element) => element.ValueKind == JsonValueKind.String ? element.GetString() : null;

    internal static string? String(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1859", Justification = "an absent array must enumerate as empty, which a default ArrayEnumerator cannot")]
    internal static IEnumerable<JsonElement> Array(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray()
            : [];

    internal static long? Number(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var n) ? n : null;

    internal static bool HasRole(JsonElement entity, string role) =>
        Array(entity, "roles").Any(r => string.Equals(Text(r), role, StringComparison.OrdinalIgnoreCase));

    /// <summary>The properties of a jCard (RFC 7095): ["vcard", [[name, params, type, value…], …]].</summary>
    internal sealed class JCard
    {
        private readonly List<JsonElement> _properties = [];

        public static JCard From(JsonElement entity)
        {
            var card = new JCard();
            if (entity.ValueKind == JsonValueKind.Object && entity.TryGetProperty("vcardArray", out var array)
                && array.ValueKind == JsonValueKind.Array && array.GetArrayLength() >= 2 && array[1].ValueKind == JsonValueKind.Array)
            {
                card._properties.AddRange(array[1].EnumerateArray().Where(p => p.ValueKind == JsonValueKind.Array && p.GetArrayLength() >= 4));
            }

            return card;
        }

        public string? Get(string name)
        {
            foreach (var property in _properties)
            {
                if (string.Equals(Text(property[0]), name, StringComparison.OrdinalIgnoreCase))
                {
                    var value = Flatten(property[3]);
                    if (!string.IsNullOrWhiteSpace(value))
                    {
                        return value.Trim();
                    }
                }
            }

            return null;
        }

        public string? Country()
        {
            foreach (var property in _properties)
            {
                if (!string.Equals(Text(property[0]), "adr", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                if (property[1].ValueKind == JsonValueKind.Object && property[1].TryGetProperty("cc", out var cc) && Text(cc) is { Length: > 0 } code)
                {
                    return code.ToUpperInvariant();
                }

                // The seventh component of an adr value is the country name.
                if (property[3].ValueKind == JsonValueKind.Array && property[3].GetArrayLength() >= 7 && Flatten(property[3][6]) is { Length: > 0 } country)
                {
                    return country;
                }
            }

            return null;
        }

        private static string? Flatten(JsonElement value) => value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Array => string.Join(", ", value.EnumerateArray().Select(Flatten).Where(s => !string.IsNullOrWhiteSpace(s))),
            _ => null,
        };
    }
}
