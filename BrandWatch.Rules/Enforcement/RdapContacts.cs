using System.Text.Json;
using BrandWatch.Rules.Evidence;

namespace BrandWatch.Rules.Enforcement;

/// <summary>
/// Reads who can act on an RDAP answer (RFC 9083): the abuse contact of a domain's registrar (the <c>abuse</c> entity
/// nested under the <c>registrar</c> entity, or at top level) and the holder and abuse contact of an IP network object.
/// Pure: it takes the JSON text the Worker stored or fetched.
/// </summary>
public static class RdapContacts
{
    /// <summary>The registrar's abuse contact in a domain answer; null when the answer names none or is not JSON.</summary>
    public static AbuseContact? RegistrarAbuse(string? json)
    {
        using var document = TryParse(json);
        if (document is null)
        {
            return null;
        }

        var root = document.RootElement;
        foreach (var entity in Array(root, "entities"))
        {
            if (HasRole(entity, "registrar"))
            {
                foreach (var inner in Array(entity, "entities"))
                {
                    if (HasRole(inner, "abuse"))
                    {
                        return Contact(inner);
                    }
                }
            }
        }

        return Array(root, "entities").Where(e => HasRole(e, "abuse")).Select(Contact).FirstOrDefault();
    }

    /// <summary>
    /// Reads an RDAP ip network object into evidence for <paramref name="address"/>; throws
    /// <see cref="FormatException"/> when the answer is not JSON or not an ip network.
    /// </summary>
    public static NetworkEvidence Network(string json, string address, string? server)
    {
        using var document = TryParse(json) ?? throw new FormatException("the answer is not a JSON object");
        var root = document.RootElement;
        if (String(root, "objectClassName") is { } objectClass && !objectClass.Equals("ip network", StringComparison.OrdinalIgnoreCase))
        {
            throw new FormatException($"the answer is an RDAP '{objectClass}' object, not an ip network");
        }

        if (String(root, "startAddress") is null && String(root, "handle") is null)
        {
            throw new FormatException("the answer has neither a handle nor an address range");
        }

        AbuseContact? abuse = null;
        string? holder = null;
        // Regional registries nest the abuse role under the registrant as often as beside it: walk every entity.
        foreach (var (entity, _) in Entities(root))
        {
            if (abuse is null && HasRole(entity, "abuse"))
            {
                abuse = Contact(entity);
            }

            if (holder is null && HasRole(entity, "registrant"))
            {
                holder = Card(entity, "org") ?? Card(entity, "fn");
            }
        }

        return new NetworkEvidence
        {
            Address = address,
            Handle = String(root, "handle"),
            Name = String(root, "name"),
            StartAddress = String(root, "startAddress"),
            EndAddress = String(root, "endAddress"),
            Country = String(root, "country"),
            Holder = holder,
            Abuse = abuse,
            OriginAutnums = OriginAutnums(root),
            Server = server,
        };
    }

    /// <summary>
    /// Reads an RDAP autnum object (RFC 9083 §5.5) into evidence for AS <paramref name="number"/>; throws
    /// <see cref="FormatException"/> when the answer is not JSON, not an autnum, or does not cover the number.
    /// </summary>
    public static AutonomousSystemEvidence AutonomousSystem(string json, long number, string? server)
    {
        using var document = TryParse(json) ?? throw new FormatException("the answer is not a JSON object");
        var root = document.RootElement;
        if (String(root, "objectClassName") is { } objectClass && !objectClass.Equals("autnum", StringComparison.OrdinalIgnoreCase))
        {
            throw new FormatException($"the answer is an RDAP '{objectClass}' object, not an autnum");
        }

        var start = Number(root, "startAutnum");
        var end = Number(root, "endAutnum") ?? start;
        if (start is null && String(root, "handle") is null)
        {
            throw new FormatException("the answer has neither a handle nor an AS number range");
        }

        if (start is { } first && (number < first || number > end))
        {
            throw new FormatException($"the answer covers AS{first}–AS{end}, not AS{number}");
        }

        AbuseContact? abuse = null;
        string? holder = null;
        foreach (var (entity, _) in Entities(root))
        {
            if (abuse is null && HasRole(entity, "abuse"))
            {
                abuse = Contact(entity);
            }

            if (holder is null && HasRole(entity, "registrant"))
            {
                holder = Card(entity, "org") ?? Card(entity, "fn");
            }
        }

        return new AutonomousSystemEvidence
        {
            Number = number,
            Handle = String(root, "handle"),
            Name = String(root, "name"),
            Country = String(root, "country"),
            Holder = holder,
            Abuse = abuse,
            Server = server,
        };
    }

    /// <summary>ARIN's origin-AS extension (<c>arin_originas0_originautnums</c>), the only registry that names it in RDAP.</summary>
    private static List<long>? OriginAutnums(JsonElement root)
    {
        var numbers = new List<long>();
        foreach (var item in Array(root, "arin_originas0_originautnums"))
        {
            if (item.ValueKind == JsonValueKind.Number && item.TryGetInt64(out var n) && n is > 0 and <= uint.MaxValue && !numbers.Contains(n))
            {
                numbers.Add(n);
            }
        }

        return numbers.Count == 0 ? null : numbers;
    }

    private static long? Number(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var n) ? n : null;

    private static IEnumerable<(JsonElement Entity, int Depth)> Entities(JsonElement parent, int depth = 0)
    {
        if (depth > 4)
        {
            yield break;
        }

        foreach (var entity in Array(parent, "entities"))
        {
            yield return (entity, depth);
            foreach (var inner in Entities(entity, depth + 1))
            {
                yield return inner;
            }
        }
    }

    private static AbuseContact Contact(JsonElement entity) => new()
    {
        Name = Card(entity, "fn") ?? Card(entity, "org"),
        Email = Card(entity, "email"),
        Phone = Card(entity, "tel") is { } tel && tel.StartsWith("tel:", StringComparison.OrdinalIgnoreCase) ? tel[4..] : Card(entity, "tel"),
        Handle = String(entity, "handle"),
    };

    private static bool HasRole(JsonElement entity, string role) =>
        Array(entity, "roles").Any(r => r.ValueKind == JsonValueKind.String && string.Equals(r.GetString(), role, StringComparison.OrdinalIgnoreCase));

    /// <summary>The first non-empty value of a jCard property (RFC 7095: ["vcard", [[name, params, type, value], …]]).</summary>
    private static string? Card(JsonElement entity, string name)
    {
        if (entity.ValueKind != JsonValueKind.Object || !entity.TryGetProperty("vcardArray", out var array)
            || array.ValueKind != JsonValueKind.Array || array.GetArrayLength() < 2 || array[1].ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        foreach (var property in array[1].EnumerateArray())
        {
            if (property.ValueKind == JsonValueKind.Array && property.GetArrayLength() >= 4
                && string.Equals(property[0].GetString(), name, StringComparison.OrdinalIgnoreCase)
                && property[3].ValueKind == JsonValueKind.String && property[3].GetString() is { } value && !string.IsNullOrWhiteSpace(value))
            {
                return value.Trim();
            }
        }

        return null;
    }

    private static JsonDocument? TryParse(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return null;
        }

        try
        {
            var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 64 });
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                return document;
            }

            document.Dispose();
            return null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? String(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1859", Justification = "an absent array must enumerate as empty, which a default ArrayEnumerator cannot")]
    private static IEnumerable<JsonElement> Array(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray()
            : [];
}
