using System.Text.RegularExpressions;
using BrandWatch.Rules.Evidence;
using BrandWatch.Rules.Marks;

namespace BrandWatch.Worker.Pipeline;

/// <summary>
/// A few plain-text checks used until the Rules page analyzer is on main: the mark in the title or meta tags (A10),
/// a password field (U1) and "for sale" wording (U6). Regular expressions over the markup, not a DOM.
/// </summary>
internal sealed partial class SimplePageAnalysis : IPageAnalysis
{
    public IReadOnlyList<PageFinding> Analyze(string html, Uri url, Mark mark)
    {
        var findings = new List<PageFinding>();
        var forms = mark.Labels.Append(mark.Name).Where(f => f.Length >= 3).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

        foreach (Match meta in MetaOrTitle().Matches(html))
        {
            var text = meta.Groups["text"].Value;
            var form = forms.FirstOrDefault(f => text.Contains(f, StringComparison.OrdinalIgnoreCase));
            if (form is not null)
            {
                findings.Add(new PageFinding
                {
                    Criterion = Criteria.A10,
                    Mark = mark.Id,
                    Evidence = Shorten(meta.Value),
                    Reason = $"the mark '{form}' appears in the page's {meta.Groups["where"].Value}",
                });
                break;
            }
        }

        if (PasswordField().Match(html) is { Success: true } password)
        {
            findings.Add(new PageFinding
            {
                Criterion = Criteria.U1,
                Mark = mark.Id,
                Evidence = Shorten(password.Value),
                Reason = "the page asks for a password on a look-alike domain",
            });
        }

        if (ForSale().Match(html) is { Success: true } sale)
        {
            findings.Add(new PageFinding { Criterion = Criteria.U6, Evidence = Shorten(sale.Value), Reason = "the page offers the domain for sale" });
        }

        return findings;
    }

    private static string Shorten(string text) => text.Length <= 200 ? text : text[..200] + "…";

    [GeneratedRegex(@"<(?<where>title)[^>]*>(?<text>[^<]{0,500})</title>|<meta\s+[^>]*?(?:name|property)\s*=\s*[""'](?<where>keywords|description|og:title|og:site_name)[""'][^>]*?content\s*=\s*[""'](?<text>[^""']{0,1000})[""']", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex MetaOrTitle();

    [GeneratedRegex(@"<input\b[^>]*type\s*=\s*[""']?password[^>]*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex PasswordField();

    [GeneratedRegex(@"(?:this\s+)?domain\s+(?:name\s+)?(?:is\s+)?for\s+sale", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ForSale();
}
