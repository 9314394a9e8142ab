using System.Text;
using AngleSharp.Html.Parser;

namespace BrandWatch.Worker.Content;

/// <summary>
/// The login-like links of a home page: same host (or its www. twin), whose path or link text holds one of the login
/// words. Links whose path says so come before links whose text alone does; the home page itself is never one.
/// </summary>
internal sealed class LoginLinks
{
    private static readonly HtmlParser Parser = new(new HtmlParserOptions { IsScripting = false, SkipComments = true });

    private readonly string[] _words;

    public LoginLinks(IEnumerable<string> words) =>
        _words = words.Select(Normalise).Where(w => w.Length > 2).Distinct(StringComparer.Ordinal).ToArray();

    public IReadOnlyList<Uri> Find(string html, Uri page, int max)
    {
        if (max <= 0 || string.IsNullOrEmpty(html))
        {
            return [];
        }

        using var document = Parser.ParseDocument(html);
        var byPath = new List<Uri>();
        var byText = new List<Uri>();
        var seen = new HashSet<string>(StringComparer.Ordinal) { Key(page) };
        foreach (var anchor in document.QuerySelectorAll("a[href]").Take(2000))
        {
            var href = anchor.GetAttribute("href")?.Trim();
            if (string.IsNullOrEmpty(href) || !Uri.TryCreate(page, href, out var target)
                || (target.Scheme != Uri.UriSchemeHttp && target.Scheme != Uri.UriSchemeHttps) || !SameSite(target, page) || !seen.Add(Key(target)))
            {
                continue;
            }

            if (HasWord(target.AbsolutePath + " " + target.Query))
            {
                byPath.Add(target);
            }
            else if (HasWord(anchor.TextContent) || HasWord(anchor.GetAttribute("aria-label") ?? string.Empty))
            {
                byText.Add(target);
            }
        }

        return byPath.Concat(byText).Take(max).ToList();
    }

    private bool HasWord(string text)
    {
        var normalised = Normalise(text);
        return normalised.Length > 2 && _words.Any(w => normalised.Contains(w, StringComparison.Ordinal));
    }

    /// <summary>Lower case, every run of non-letters-or-digits one space, padded with spaces so words match whole.</summary>
    private static string Normalise(string text)
    {
        var builder = new StringBuilder(text.Length + 2).Append(' ');
        foreach (var c in text.Length > 500 ? text[..500] : text)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (builder[^1] != ' ')
            {
                builder.Append(' ');
            }
        }

        if (builder[^1] != ' ')
        {
            builder.Append(' ');
        }

        return builder.ToString();
    }

    private static bool SameSite(Uri target, Uri page)
    {
        static string Bare(string host) => host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? host[4..] : host;
        return string.Equals(Bare(target.IdnHost), Bare(page.IdnHost), StringComparison.OrdinalIgnoreCase);
    }

    private static string Key(Uri url) => url.GetLeftPart(UriPartial.Query);
}
