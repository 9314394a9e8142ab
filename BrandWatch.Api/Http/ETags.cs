using Microsoft.Net.Http.Headers;

namespace BrandWatch.Api.Http;

/// <summary>Strong ETags built from a resource's version number, and If-Match checks against them.</summary>
public static class ETags
{
    public static string ForVersion(string prefix, long version) => $"\"{prefix}-{version}\"";

    /// <summary>The version a client's If-Match names, or null when it names none or something else.</summary>
    public static long? VersionFromIfMatch(HttpRequest request, string prefix)
    {
        var header = request.Headers.IfMatch.ToString();
        if (string.IsNullOrWhiteSpace(header))
        {
            return null;
        }

        if (!EntityTagHeaderValue.TryParseList(request.Headers.IfMatch.Select(v => v ?? string.Empty).ToList(), out var tags) || tags is null)
        {
            return -1;
        }

        foreach (var tag in tags)
        {
            var value = tag.Tag.Value ?? string.Empty;
            var text = value.Trim('"');
            if (text.StartsWith(prefix + "-", StringComparison.Ordinal) && long.TryParse(text.AsSpan(prefix.Length + 1), out var version))
            {
                return version;
            }
        }

        return -1;
    }

    public static bool HasIfMatch(HttpRequest request) => !string.IsNullOrWhiteSpace(request.Headers.IfMatch.ToString());
}
