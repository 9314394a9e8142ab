using System.Text.Json;
using BrandWatch.Rules.Evidence;
using BrandWatch.Rules.Registration;
using static BrandWatch.Rules.Registration.RdapJson;

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

        var (abuse, holder) = AbuseAndHolder(root);

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

        var (abuse, holder) = AbuseAndHolder(root);

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

    /// <summary>The first abuse contact and the registrant's name among all entities, at any nesting depth.</summary>
    private static (AbuseContact? Abuse, string? Holder) AbuseAndHolder(JsonElement root)
    {
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
                var card = JCard.From(entity);
                holder = card.Get("org") ?? card.Get("fn");
            }
        }

        return (abuse, holder);
    }

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

    private static AbuseContact Contact(JsonElement entity)
    {
        var card = JCard.From(entity);
        var tel = card.Get("tel");
        return new()
        {
            Name = card.Get("fn") ?? card.Get("org"),
            Email = card.Get("email"),
            Phone = tel is not null && tel.StartsWith("tel:", StringComparison.OrdinalIgnoreCase) ? tel[4..] : tel,
            Handle = String(entity, "handle"),
        };
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
}
