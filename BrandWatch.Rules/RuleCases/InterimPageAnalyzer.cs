using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using BrandWatch.Rules.Evidence;
using BrandWatch.Rules.Marks;
using BrandWatch.Rules.Scoring.Configuration;

namespace BrandWatch.Rules.RuleCases;

/// <summary>
/// A small page analyser for rule cases: metadata, hidden text, mark-anchored deep links, frames, logos, login
/// forms, shops and resellers, parking, for-sale, criticism, review and tarnishing signals. It stands in for Pages'
/// PageAnalyzer in the rule-case runner until that analyser is available.
/// </summary>
public sealed class InterimPageAnalyzer : IPageAnalyzer
{
    private static readonly HtmlParser Parser = new();
    private readonly IReadOnlyList<Mark> _marks;
    private readonly RuleSet _rules;

    public InterimPageAnalyzer(IReadOnlyList<Mark> marks, RuleSet rules)
    {
        _marks = marks;
        _rules = rules;
    }

    public IReadOnlyList<PageFinding> Analyze(string html, Uri url)
    {
        var document = Parser.ParseDocument(html);
        var findings = new List<PageFinding>();
        var pages = _rules.Pages;
        var text = Normalise(document.Body?.TextContent ?? string.Empty);
        var ads = document.QuerySelectorAll("*").Count(e => pages.AdMarkers.Any(m => (e.ClassName ?? string.Empty).Contains(m, StringComparison.OrdinalIgnoreCase)
            || (e.Id ?? string.Empty).Contains(m, StringComparison.OrdinalIgnoreCase)));
        var adFacts = new Dictionary<string, string> { ["ads"] = ads > 0 ? "true" : "false", ["adCount"] = ads.ToString(System.Globalization.CultureInfo.InvariantCulture) };

        Generic(findings, Criteria.U3, text, _rules.Words.ParkingMarkers, "The page shows pay-per-click parking links.");
        Generic(findings, Criteria.D3, text, pages.TarnishTerms, "The page carries adult or gambling content.");

        foreach (var mark in _marks)
        {
            var terms = Terms(mark);
            var title = Normalise(document.Title ?? string.Empty);
            var metadata = MetadataTexts(document);
            var metaCount = metadata.Sum(m => Count(m.Text, terms));
            var mentioned = Count(text, terms) > 0 || Count(title, terms) > 0 || metaCount > 0;
            var disclaimer = Phrase(text, pages.DisclosurePhrases);
            var review = Phrase(title + " " + text, pages.ReviewTerms);

            if (metaCount > 0)
            {
                var first = metadata.First(m => Count(m.Text, terms) > 0);
                Add(findings, Criteria.A10, mark, $"{first.Where}: {Clip(first.Text)}", $"The mark appears {metaCount} time(s) in the page's metadata.");
            }

            var hidden = document.QuerySelectorAll("[style],[hidden]").FirstOrDefault(e => IsHidden(e) && Count(Normalise(e.TextContent), terms) > 0);
            if (hidden is not null)
            {
                Add(findings, Criteria.A11, mark, Clip(hidden.OuterHtml), "Text naming the mark is hidden from visitors.");
            }
            else if (metaCount >= pages.StuffingRepeats)
            {
                Add(findings, Criteria.A11, mark, Clip(metadata.First(m => Count(m.Text, terms) > 0).Text), $"The mark is repeated {metaCount} times in the metadata (keyword stuffing).");
            }

            if (metaCount > 0 && hidden is null && metaCount < pages.StuffingRepeats && review is not null && disclaimer is not null)
            {
                Add(findings, Criteria.X8, mark, Clip(document.Title ?? string.Empty), $"A review page names the mark in plain text and says '{disclaimer}'.", ("disclaimer", "true"));
            }

            foreach (var link in document.QuerySelectorAll("a[href]"))
            {
                if (!TryOfficial(url, link.GetAttribute("href"), mark, out var target) || target.AbsolutePath is "/" or "")
                {
                    continue;
                }

                var logo = link.QuerySelector("img");
                var anchorText = Normalise(link.TextContent);
                if (logo is not null && (Count(Normalise((logo.GetAttribute("alt") ?? string.Empty) + " " + (logo.GetAttribute("src") ?? string.Empty)), terms) > 0))
                {
                    Add(findings, Criteria.A8, mark, Clip(link.OuterHtml), $"The owner's logo links deep into {target.Host}{(ads > 0 ? $" beside {ads} ad slot(s)" : string.Empty)}.",
                        ("target", target.ToString()), ("ads", adFacts["ads"]));
                }
                else if (Count(anchorText, terms) > 0)
                {
                    var attribution = Phrase(text, pages.AttributionPhrases);
                    var framed = link.GetAttribute("target") is { } t && t != "_blank" && t != "_self" && t != "_top";
                    if (attribution is not null && !framed)
                    {
                        Add(findings, Criteria.X9, mark, Clip(link.OuterHtml), $"A plain text link with attribution ('{attribution}') into {target.Host}.", ("target", target.ToString()));
                    }
                    else
                    {
                        Add(findings, Criteria.A8, mark, Clip(link.OuterHtml), $"The mark's name links deep into {target.Host} without attribution.", ("target", target.ToString()));
                    }
                }
            }

            foreach (var frame in document.QuerySelectorAll("iframe[src],frame[src]"))
            {
                if (TryOfficial(url, frame.GetAttribute("src"), mark, out var target))
                {
                    Add(findings, Criteria.A9, mark, Clip(frame.OuterHtml), $"The owner's page {target} is shown inside this page{(ads > 0 ? $" with {ads} ad slot(s)" : string.Empty)}.", ("target", target.ToString()), ("ads", adFacts["ads"]));
                }
            }

            var brandLogo = document.QuerySelectorAll("img").FirstOrDefault(img => img.Closest("a") is null
                && Count(Normalise((img.GetAttribute("alt") ?? string.Empty) + " " + (img.GetAttribute("src") ?? string.Empty)), terms) > 0
                && ((img.GetAttribute("src") ?? string.Empty).Contains("logo", StringComparison.OrdinalIgnoreCase) || (img.GetAttribute("alt") ?? string.Empty).Contains("logo", StringComparison.OrdinalIgnoreCase)));
            if (brandLogo is not null)
            {
                Add(findings, Criteria.A12, mark, Clip(brandLogo.OuterHtml), "The owner's logo is the page's own branding.");
            }

            if (mentioned && document.QuerySelector("form input[type=password]") is { } password)
            {
                var form = password.Closest("form");
                Add(findings, Criteria.U1, mark, Clip(form?.OuterHtml ?? password.OuterHtml), "A password form sits on a page presented under the mark.", ("action", form?.GetAttribute("action") ?? string.Empty));
            }

            var shop = Phrase(text, pages.ShopMarkers);
            if (mentioned && shop is not null)
            {
                var products = document.QuerySelectorAll(".product");
                var onlyMark = products.Length == 0 || products.All(p => Count(Normalise(p.TextContent), terms) > 0);
                if (disclaimer is null)
                {
                    Add(findings, Criteria.U4, mark, shop, "The page sells goods under the mark with no disclosure of its relationship to the owner.");
                }

                Add(findings, Criteria.X4, mark, disclaimer ?? shop, disclaimer is null ? "A shop selling the mark's goods." : $"A shop selling the mark's goods says '{disclaimer}'.",
                    ("offersGoods", "true"), ("onlyMarkGoods", onlyMark ? "true" : "false"), ("disclosure", disclaimer is null ? "false" : "true"));
            }

            var forSale = Phrase(text, pages.ForSaleMarkers);
            if (forSale is not null)
            {
                var targeted = Count(text, terms) > 0 || (mark.Owner is { } owner && text.Contains(owner.ToLowerInvariant(), StringComparison.Ordinal));
                Add(findings, Criteria.U6, mark, forSale, targeted ? "The for-sale notice names the mark or its owner." : "The domain is listed for sale.", ("targeted", targeted ? "true" : "false"));
            }

            var criticism = Phrase(title + " " + text, pages.CriticismTerms);
            if (mentioned && criticism is not null && shop is null)
            {
                Add(findings, Criteria.X5, mark, criticism, "The page criticises the owner.", ("ads", adFacts["ads"]));
            }
        }

        return findings;
    }

    private static void Generic(List<PageFinding> findings, string criterion, string text, IReadOnlyList<string> phrases, string reason)
    {
        if (Phrase(text, phrases) is { } phrase)
        {
            findings.Add(new PageFinding { Criterion = criterion, Evidence = phrase, Reason = reason });
        }
    }

    private static void Add(List<PageFinding> findings, string criterion, Mark mark, string evidence, string reason, params (string Key, string Value)[] facts) =>
        findings.Add(new PageFinding { Criterion = criterion, Mark = mark.Id, Evidence = evidence, Reason = reason, Facts = facts.ToDictionary(f => f.Key, f => f.Value) });

    private static List<(string Where, string Text)> MetadataTexts(IDocument document)
    {
        var list = new List<(string, string)>();
        if (!string.IsNullOrWhiteSpace(document.Title))
        {
            list.Add(("title", Normalise(document.Title)));
        }

        foreach (var meta in document.QuerySelectorAll("meta[content]"))
        {
            var name = meta.GetAttribute("name") ?? meta.GetAttribute("property") ?? string.Empty;
            if (name is "keywords" or "description" || name.StartsWith("og:", StringComparison.Ordinal))
            {
                list.Add(($"meta {name}", Normalise(meta.GetAttribute("content") ?? string.Empty)));
            }
        }

        foreach (var img in document.QuerySelectorAll("img[alt]"))
        {
            if (img.Closest("a") is null)
            {
                list.Add(("img alt", Normalise(img.GetAttribute("alt") ?? string.Empty)));
            }
        }

        return list;
    }

    private static bool IsHidden(IElement element)
    {
        if (element.HasAttribute("hidden"))
        {
            return true;
        }

        var style = (element.GetAttribute("style") ?? string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
        return style.Contains("display:none", StringComparison.Ordinal) || style.Contains("visibility:hidden", StringComparison.Ordinal)
            || style.Contains("font-size:0", StringComparison.Ordinal) || style.Contains("left:-9999", StringComparison.Ordinal);
    }

    private static bool TryOfficial(Uri page, string? href, Mark mark, out Uri target)
    {
        target = page;
        if (href is null || !Uri.TryCreate(page, href, out var resolved) || resolved.Host.Length == 0)
        {
            return false;
        }

        target = resolved;
        var host = resolved.IdnHost.ToLowerInvariant();
        return mark.OfficialDomains.Any(d => host == d || host.EndsWith("." + d, StringComparison.Ordinal));
    }

    private static List<string> Terms(Mark mark)
    {
        var terms = new List<string> { Normalise(mark.Name) };
        terms.AddRange(mark.Labels.Where(l => l.Length >= 4));
        return terms;
    }

    private static int Count(string text, List<string> terms)
    {
        var count = 0;
        foreach (var term in terms)
        {
            var at = 0;
            while (term.Length > 0 && (at = text.IndexOf(term, at, StringComparison.Ordinal)) >= 0)
            {
                count++;
                at += term.Length;
            }

            if (count > 0)
            {
                return count;
            }
        }

        return count;
    }

    private static string? Phrase(string text, IReadOnlyList<string> phrases)
    {
        foreach (var phrase in phrases)
        {
            if (text.Contains(phrase, StringComparison.Ordinal))
            {
                return phrase;
            }
        }

        return null;
    }

    private static string Normalise(string text) => string.Join(' ', text.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string Clip(string text) => text.Length <= 200 ? text : text[..200] + "…";
}
