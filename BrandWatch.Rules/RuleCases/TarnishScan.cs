using AngleSharp.Html.Parser;

namespace BrandWatch.Rules.RuleCases;

/// <summary>Finds the first tarnishing term (adult, gambling) in a page's visible text and title.</summary>
public static class TarnishScan
{
    private static readonly HtmlParser Parser = new();

    public static string? FirstTerm(string html, IReadOnlyList<string> terms)
    {
        if (terms.Count == 0)
        {
            return null;
        }

        var document = Parser.ParseDocument(html);
        var text = $"{document.Title} {document.Body?.TextContent}".ToLowerInvariant();
        foreach (var term in terms)
        {
            var at = text.IndexOf(term, StringComparison.Ordinal);
            var before = at > 0 ? text[at - 1] : ' ';
            var after = at >= 0 && at + term.Length < text.Length ? text[at + term.Length] : ' ';
            if (at >= 0 && !char.IsLetter(before) && !char.IsLetter(after))
            {
                return term;
            }
        }

        return null;
    }
}
