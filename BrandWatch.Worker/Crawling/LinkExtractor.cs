using AngleSharp.Html.Parser;

namespace BrandWatch.Worker.Crawling;

/// <summary>Reads the link targets of an HTML page (a, area, frame, iframe), resolved against the page and its base element.</summary>
public static class LinkExtractor
{
    private static readonly HtmlParser Parser = new(new HtmlParserOptions { IsScripting = false });

    public static IReadOnlyList<Uri> Links(string html, Uri pageUrl, int max)
    {
        ArgumentNullException.ThrowIfNull(pageUrl);
        var document = Parser.ParseDocument(html ?? string.Empty);
        var baseUrl = pageUrl;
        if (document.QuerySelector("base[href]")?.GetAttribute("href") is { } baseHref && Uri.TryCreate(pageUrl, baseHref, out var declared)
            && (declared.Scheme == Uri.UriSchemeHttp || declared.Scheme == Uri.UriSchemeHttps))
        {
            baseUrl = declared;
        }

        var links = new List<Uri>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var element in document.QuerySelectorAll("a[href], area[href], frame[src], iframe[src]"))
        {
            var target = element.GetAttribute("href") ?? element.GetAttribute("src");
            if (string.IsNullOrWhiteSpace(target) || !Uri.TryCreate(baseUrl, target.Trim(), out var url))
            {
                continue;
            }

            if (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps)
            {
                continue; // mailto:, javascript:, data:, tel:
            }

            var withoutFragment = new UriBuilder(url) { Fragment = string.Empty }.Uri;
            if (seen.Add(withoutFragment.AbsoluteUri))
            {
                links.Add(withoutFragment);
                if (links.Count >= max)
                {
                    break;
                }
            }
        }

        return links;
    }
}
