using System.Globalization;
using System.Net;

namespace BrandWatch.Rules.CertificateTransparency;

/// <summary>Turns the names written in a certificate into host names worth screening.</summary>
public static class CtNames
{
    /// <summary>
    /// Lower-cases, strips a trailing dot and any leading <c>*.</c> (a wildcard stands for names under its base, and the
    /// base is what a look-alike is judged on), and keeps each host name once, in order of first appearance. A name that
    /// cannot be a host name (an IP address, a wildcard inside a label, spaces, no dot) is left out.
    /// </summary>
    public static IReadOnlyList<string> ToScreen(IEnumerable<string> written)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var names = new List<string>();
        foreach (var raw in written)
        {
            if (Normalise(raw) is { } name && seen.Add(name))
            {
                names.Add(name);
            }
        }

        return names;
    }

    internal static string? Normalise(string raw)
    {
        var name = raw.Trim().TrimEnd('.').ToLower(CultureInfo.InvariantCulture);
        while (name.StartsWith("*.", StringComparison.Ordinal))
        {
            name = name[2..];
        }

        if (name.Length is 0 or > 253 || !name.Contains('.', StringComparison.Ordinal) || IPAddress.TryParse(name, out _))
        {
            return null;
        }

        foreach (var c in name)
        {
            if (c is '*' or ' ' or '@' or '/' or ':' || char.IsControl(c))
            {
                return null;
            }
        }

        return name;
    }
}
