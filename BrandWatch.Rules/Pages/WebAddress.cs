namespace BrandWatch.Rules.Pages;

/// <summary>URL helpers of the analysis: resolving references, host membership, home pages.</summary>
internal static class WebAddress
{
    public static Uri? Resolve(Uri baseUri, string? reference)
    {
        if (string.IsNullOrWhiteSpace(reference) || reference.Length > 4096)
        {
            return null;
        }

        return Uri.TryCreate(baseUri, reference.Trim(), out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri
            : null;
    }

    /// <summary>
    /// The host of an absolute or scheme-relative reference without building a <see cref="Uri"/>; empty for a
    /// relative reference (which stays on the page's own host).
    /// </summary>
    public static ReadOnlySpan<char> QuickHost(string? reference)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return default;
        }

        var span = reference.AsSpan().Trim();
        if (span.StartsWith("//", StringComparison.Ordinal))
        {
            span = span[2..];
        }
        else
        {
            var scheme = span.IndexOf("://", StringComparison.Ordinal);
            if (scheme <= 0 || scheme > 8)
            {
                return default;
            }

            span = span[(scheme + 3)..];
        }

        var end = span.IndexOfAny('/', '?', '#');
        if (end >= 0)
        {
            span = span[..end];
        }

        var at = span.LastIndexOf('@');
        if (at >= 0)
        {
            span = span[(at + 1)..];
        }

        var colon = span.IndexOf(':');
        return colon >= 0 ? span[..colon] : span;
    }

    /// <summary>True when <paramref name="host"/> is <paramref name="domain"/> or one of its subdomains.</summary>
    public static bool IsOn(string host, string domain)
    {
        var d = domain.Trim().TrimEnd('.');
        return host.Equals(d, StringComparison.OrdinalIgnoreCase)
            || (host.Length > d.Length && host.EndsWith(d, StringComparison.OrdinalIgnoreCase) && host[host.Length - d.Length - 1] == '.');
    }

    public static bool IsOnAny(string host, IEnumerable<string> domains) => domains.Any(d => IsOn(host, d));

    public static string Host(Uri uri) => uri.IdnHost.TrimEnd('.').ToLowerInvariant();

    /// <summary>A site's front page: "/", an index file, or a bare language folder ("/en/", "/en-gb/").</summary>
    public static bool IsHome(Uri uri)
    {
        if (uri.Query.Length > 1)
        {
            return false;
        }

        var path = uri.AbsolutePath.Trim('/');
        if (path.Length == 0)
        {
            return true;
        }

        var lower = path.ToLowerInvariant();
        if (lower is "index.html" or "index.htm" or "index.php" or "default.aspx" or "home")
        {
            return true;
        }

        return (lower.Length == 2 && char.IsAsciiLetter(lower[0]) && char.IsAsciiLetter(lower[1]))
            || (lower.Length == 5 && lower[2] is '-' or '_' && char.IsAsciiLetter(lower[0]) && char.IsAsciiLetter(lower[4]));
    }

    /// <summary>The file name at the end of a URL path, percent-decoded ("paypal-logo.svg").</summary>
    public static string FileName(string? reference)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return string.Empty;
        }

        var end = reference.IndexOfAny(['?', '#']);
        var path = end < 0 ? reference : reference[..end];
        var slash = path.LastIndexOf('/');
        var name = slash < 0 ? path : path[(slash + 1)..];
        try
        {
            return Uri.UnescapeDataString(name);
        }
        catch (UriFormatException)
        {
            return name;
        }
    }
}
