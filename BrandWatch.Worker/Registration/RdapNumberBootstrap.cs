using System.Globalization;
using System.Net;
using System.Text.Json;

namespace BrandWatch.Worker.Registration;

/// <summary>
/// The IANA RDAP bootstrap registries for numbers (RFC 9224 §5.1 and §5.2): which RDAP service serves an IPv4 or IPv6
/// address (longest matching prefix wins) and which serves an AS number (the range that holds it).
/// </summary>
public sealed class RdapNumberBootstrap
{
    private readonly List<(IPNetwork Prefix, Uri Url)> _prefixes;
    private readonly List<(long First, long Last, Uri Url)> _ranges;

    private RdapNumberBootstrap(List<(IPNetwork Prefix, Uri Url)> prefixes, List<(long First, long Last, Uri Url)> ranges)
    {
        // Longest prefix first, so that the first containing entry is the most specific one.
        _prefixes = [.. prefixes.OrderByDescending(p => p.Prefix.PrefixLength)];
        _ranges = ranges;
    }

    public static RdapNumberBootstrap Empty { get; } = new([], []);

    /// <summary>Address prefixes known (IPv4 and IPv6 together).</summary>
    public int Prefixes => _prefixes.Count;

    /// <summary>AS number ranges known.</summary>
    public int Ranges => _ranges.Count;

    /// <summary>
    /// Reads the ipv4.json, ipv6.json and asn.json texts given (any may be missing); throws <see cref="FormatException"/>
    /// naming the entry when one is not a bootstrap file or holds an entry that is neither a prefix nor a number range.
    /// </summary>
    public static RdapNumberBootstrap Parse(params string[] jsons)
    {
        var prefixes = new List<(IPNetwork, Uri)>();
        var ranges = new List<(long, long, Uri)>();
        foreach (var json in jsons)
        {
            foreach (var (entry, url) in Services(json))
            {
                if (entry.Contains('/', StringComparison.Ordinal))
                {
                    if (!IPNetwork.TryParse(entry, out var prefix))
                    {
                        throw new FormatException($"not an RDAP bootstrap file: '{entry}' is not an address prefix");
                    }

                    prefixes.Add((prefix, url));
                }
                else
                {
                    ranges.Add(Range(entry, url));
                }
            }
        }

        return new RdapNumberBootstrap(prefixes, ranges);
    }

    /// <summary>The base URL of the RDAP service for an address, or null when no prefix holds it.</summary>
    public Uri? Find(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        foreach (var (prefix, url) in _prefixes)
        {
            if (prefix.Contains(address))
            {
                return url;
            }
        }

        return null;
    }

    /// <summary>The base URL of the RDAP service for an AS number, or null when no range holds it.</summary>
    public Uri? Find(long asn)
    {
        foreach (var (first, last, url) in _ranges)
        {
            if (asn >= first && asn <= last)
            {
                return url;
            }
        }

        return null;
    }

    private static (long, long, Uri) Range(string entry, Uri url)
    {
        var dash = entry.IndexOf('-', StringComparison.Ordinal);
        var firstText = dash < 0 ? entry : entry[..dash];
        var lastText = dash < 0 ? entry : entry[(dash + 1)..];
        if (!long.TryParse(firstText, NumberStyles.None, CultureInfo.InvariantCulture, out var first)
            || !long.TryParse(lastText, NumberStyles.None, CultureInfo.InvariantCulture, out var last) || last < first)
        {
            throw new FormatException($"not an RDAP bootstrap file: '{entry}' is neither an address prefix nor an AS number range");
        }

        return (first, last, url);
    }

    private static List<(string Entry, Uri Url)> Services(string json)
    {
        List<(string Entry, Uri Url)> found = [];
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("services", out var services) || services.ValueKind != JsonValueKind.Array)
            {
                throw new FormatException("not an RDAP bootstrap file: no \"services\" array");
            }

            foreach (var service in services.EnumerateArray())
            {
                if (service.ValueKind != JsonValueKind.Array || service.GetArrayLength() < 2
                    || service[0].ValueKind != JsonValueKind.Array || service[1].ValueKind != JsonValueKind.Array)
                {
                    continue;
                }

                var urls = service[1].EnumerateArray()
                    .Where(u => u.ValueKind == JsonValueKind.String)
                    .Select(u => Uri.TryCreate(u.GetString(), UriKind.Absolute, out var uri) ? uri : null)
                    .OfType<Uri>()
                    .Where(u => u.Scheme == Uri.UriSchemeHttps || u.Scheme == Uri.UriSchemeHttp)
                    .ToList();

                // RFC 9224 §3: prefer HTTPS when a service lists both.
                if ((urls.FirstOrDefault(u => u.Scheme == Uri.UriSchemeHttps) ?? urls.FirstOrDefault()) is not { } chosen)
                {
                    continue;
                }

                foreach (var entry in service[0].EnumerateArray())
                {
                    if (entry.ValueKind == JsonValueKind.String && entry.GetString() is { Length: > 0 } text)
                    {
                        found.Add((text.Trim(), RdapBootstrap.WithTrailingSlash(chosen)));
                    }
                }
            }
        }
        catch (JsonException ex)
        {
            throw new FormatException("not an RDAP bootstrap file: " + ex.Message, ex);
        }

        return found;
    }
}
