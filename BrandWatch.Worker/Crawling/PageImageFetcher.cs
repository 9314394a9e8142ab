using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using BrandWatch.Rules.Pages.Visual;

namespace BrandWatch.Worker.Crawling;

/// <summary>
/// Fetches the images of a page that can show a brand (its favicon, touch icon, og:image and logo-like
/// <c>img</c> elements) through the safe fetcher, at most <paramref name="maxImages"/> of them and
/// <paramref name="maxBytes"/> bytes each, and fingerprints them. Failures leave the image out.
/// </summary>
public sealed class PageImageFetcher(IPageFetcher fetcher, int maxImages, int maxBytes)
{
    private static readonly HtmlParser Parser = new(new HtmlParserOptions { IsScripting = false });

    private static readonly string[] LogoWords = ["logo", "brand", "wordmark", "header", "masthead"];

    /// <summary>The images worth comparing, in priority order: icons, touch icons, the share image, then logo-like images.</summary>
    public static IReadOnlyList<(Uri Url, PageImageRole Role)> Candidates(string html, Uri pageUrl, int max)
    {
        ArgumentNullException.ThrowIfNull(pageUrl);
        using var document = Parser.ParseDocument(html ?? string.Empty);
        var baseUrl = document.QuerySelector("base[href]")?.GetAttribute("href") is { } href && Uri.TryCreate(pageUrl, href, out var declared) ? declared : pageUrl;
        var found = new List<(Uri, PageImageRole)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void Add(string? reference, PageImageRole role)
        {
            if (found.Count < max && !string.IsNullOrWhiteSpace(reference) && Uri.TryCreate(baseUrl, reference.Trim(), out var url)
                && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps) && seen.Add(url.AbsoluteUri))
            {
                found.Add((url, role));
            }
        }

        var icons = document.QuerySelectorAll("link[rel][href]").Where(l => Rel(l).Contains("icon", StringComparer.Ordinal)).ToList();
        foreach (var icon in icons)
        {
            Add(icon.GetAttribute("href"), PageImageRole.Favicon);
        }

        if (icons.Count == 0)
        {
            Add("/favicon.ico", PageImageRole.Favicon);
        }

        foreach (var touch in document.QuerySelectorAll("link[rel][href]").Where(l => Rel(l).Any(r => r.StartsWith("apple-touch-icon", StringComparison.Ordinal))))
        {
            Add(touch.GetAttribute("href"), PageImageRole.TouchIcon);
        }

        foreach (var meta in document.QuerySelectorAll("meta[content]").Where(m => (m.GetAttribute("property") ?? m.GetAttribute("name")) is "og:image" or "og:image:url" or "twitter:image"))
        {
            Add(meta.GetAttribute("content"), PageImageRole.ShareImage);
        }

        // Logo-like images first (named so, or in a header or navigation bar), then the first images of the body.
        var images = document.QuerySelectorAll("img").Select(i => (Element: i, Src: i.GetAttribute("src") ?? i.GetAttribute("data-src"))).Where(i => !string.IsNullOrWhiteSpace(i.Src)).ToList();
        foreach (var (_, src) in images.Where(i => LogoLike(i.Element)))
        {
            Add(src, PageImageRole.Image);
        }

        foreach (var (_, src) in images.Take(3))
        {
            Add(src, PageImageRole.Image);
        }

        return found;
    }

    public async Task<IReadOnlyList<PageImage>> FetchAsync(string html, Uri pageUrl, CancellationToken cancellationToken)
    {
        var images = new List<PageImage>();
        foreach (var (url, role) in Candidates(html, pageUrl, maxImages))
        {
            var result = await fetcher.FetchAsync(url, cancellationToken);
            if (!result.Succeeded || result.Truncated || result.Body.Length == 0 || result.Body.Length > maxBytes
                || result.ContentType is { } type && (type.Contains("svg", StringComparison.OrdinalIgnoreCase) || type.StartsWith("text/", StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            if (ImageFingerprints.FromBytes(result.Body).Fingerprint is { } fingerprint)
            {
                images.Add(new PageImage(url, role, fingerprint));
            }
        }

        return images;
    }

    private static string[] Rel(IElement link) => (link.GetAttribute("rel") ?? string.Empty).ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static bool LogoLike(IElement image)
    {
        for (var (current, level) = (image, 0); current is not null && level < 4; current = current.ParentElement, level++)
        {
            if (current.LocalName is "header" or "nav")
            {
                return true;
            }

            var words = string.Join(' ', current.ClassName, current.Id, level == 0 ? current.GetAttribute("alt") : null, level == 0 ? current.GetAttribute("src") : null).ToLowerInvariant();
            if (LogoWords.Any(w => words.Contains(w, StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }
}
