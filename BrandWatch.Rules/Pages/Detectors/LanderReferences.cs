using AngleSharp.Dom;

namespace BrandWatch.Rules.Pages.Detectors;

/// <summary>What parking and sale landers link to: a marketplace or parking service, and search-feed links.</summary>
internal static class LanderReferences
{
    private static readonly string[] SearchParameters = ["q", "query", "search", "kw", "keyword", "term", "searchtext"];

    /// <summary>The first link, frame, script or form that points at one of <paramref name="hosts"/>.</summary>
    public static (IElement Element, Uri Url)? FirstReferenceTo(PageFacts page, HostSet hosts)
    {
        foreach (var element in page.Links.Concat(page.Frames).Concat(page.Scripts).Concat(page.Forms))
        {
            var reference = element.GetAttribute("href") ?? element.GetAttribute("src") ?? element.GetAttribute("action");
            if (WebAddress.QuickHost(reference) is { Length: > 0 } host && hosts.Contains(host) && WebAddress.Resolve(page.Base, reference) is { } uri)
            {
                return (element, uri);
            }
        }

        return null;
    }

    /// <summary>The search term of a link into a search feed (<c>?q=…</c>), or null.</summary>
    public static string? SearchTerm(PageFacts page, IElement link)
    {
        if (link.GetAttribute("href")?.Contains('?', StringComparison.Ordinal) != true || page.Href(link) is not { Query.Length: > 1 } uri)
        {
            return null;
        }

        foreach (var pair in uri.Query[1..].Split('&'))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0 && SearchParameters.Contains(pair[..equals], StringComparer.OrdinalIgnoreCase))
            {
                try
                {
                    return Uri.UnescapeDataString(pair[(equals + 1)..].Replace('+', ' '));
                }
                catch (UriFormatException)
                {
                    return pair[(equals + 1)..];
                }
            }
        }

        return null;
    }
}
