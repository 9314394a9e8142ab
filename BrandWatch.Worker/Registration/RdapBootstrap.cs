using System.Text.Json;

namespace BrandWatch.Worker.Registration;

/// <summary>The IANA RDAP bootstrap registry for domains (RFC 9224): which RDAP service serves which TLD.</summary>
public sealed class RdapBootstrap
{
    private const string EmbeddedName = "iana-rdap-dns.json";

    private readonly Dictionary<string, Uri> _services;

    private RdapBootstrap(Dictionary<string, Uri> services, string? publication)
    {
        _services = services;
        Publication = publication;
    }

    /// <summary>The "publication" date of the file, as written in it.</summary>
    public string? Publication { get; }

    public int Count => _services.Count;

    /// <summary>Reads a dns.json; throws <see cref="FormatException"/> when it is not a bootstrap file.</summary>
    public static RdapBootstrap Parse(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("services", out var services) || services.ValueKind != JsonValueKind.Array)
            {
                throw new FormatException("not an RDAP bootstrap file: no \"services\" array");
            }

            var map = new Dictionary<string, Uri>(StringComparer.OrdinalIgnoreCase);
            foreach (var service in services.EnumerateArray())
            {
                if (service.ValueKind != JsonValueKind.Array || service.GetArrayLength() < 2)
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
                var chosen = urls.FirstOrDefault(u => u.Scheme == Uri.UriSchemeHttps) ?? urls.FirstOrDefault();
                if (chosen is null)
                {
                    continue;
                }

                foreach (var entry in service[0].EnumerateArray())
                {
                    if (entry.GetString() is { Length: > 0 } label)
                    {
                        map[label.Trim('.')] = WithTrailingSlash(chosen);
                    }
                }
            }

            var publication = root.TryGetProperty("publication", out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;
            return new RdapBootstrap(map, publication);
        }
        catch (JsonException ex)
        {
            throw new FormatException("not an RDAP bootstrap file: " + ex.Message, ex);
        }
    }

    /// <summary>Reads the file when it exists, else the copy embedded in the assembly (synchronously: for start-up).</summary>
    public static RdapBootstrap Load(string? file)
    {
        if (file is not null && File.Exists(file))
        {
            return Parse(File.ReadAllText(file));
        }

        using var stream = typeof(RdapBootstrap).Assembly.GetManifestResourceStream(EmbeddedName)
            ?? throw new InvalidOperationException($"embedded resource {EmbeddedName} is missing from the build");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    /// <summary>Reads the file when it exists, else the copy embedded in the assembly.</summary>
    public static async Task<RdapBootstrap> LoadAsync(string? file, CancellationToken ct)
    {
        if (file is not null && File.Exists(file))
        {
            return Parse(await File.ReadAllTextAsync(file, ct));
        }

        await using var stream = typeof(RdapBootstrap).Assembly.GetManifestResourceStream(EmbeddedName)
            ?? throw new InvalidOperationException($"embedded resource {EmbeddedName} is missing from the build");
        using var reader = new StreamReader(stream);
        return Parse(await reader.ReadToEndAsync(ct));
    }

    /// <summary>The base URL of the RDAP service for a domain: the entry matching the most labels from the right wins.</summary>
    public Uri? Find(string domain)
    {
        ArgumentNullException.ThrowIfNull(domain);
        var name = domain.Trim().TrimEnd('.');
        var labels = name.Split('.');

        // Start with the longest candidate below the full name (the domain itself is a registration, not a zone).
        for (var start = 1; start < labels.Length; start++)
        {
            var candidate = string.Join('.', labels[start..]);
            if (_services.TryGetValue(candidate, out var url))
            {
                return url;
            }
        }

        return labels.Length == 1 && _services.TryGetValue(name, out var tldUrl) ? tldUrl : null;
    }

    internal static Uri WithTrailingSlash(Uri uri) =>
        uri.AbsoluteUri.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");
}
