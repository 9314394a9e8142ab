using AngleSharp.Dom;

namespace BrandWatch.Rules.Pages.Detectors;

/// <summary>U6: the domain offered for sale (a lander phrase or a marketplace link); targeted when the offer names the mark.</summary>
internal sealed partial class DomainForSaleDetector : IPageDetector
{
    public string Name => "domain for sale";

    public IReadOnlyList<string> Criteria { get; } = [Evidence.Criteria.U6];

    public void Detect(PageFacts page, FindingSink findings)
    {
        var options = page.Options;
        var saleBlocks = new List<(TextBlock Block, List<int> Phrases)>();
        foreach (var block in page.Blocks)
        {
            var sale = block.Signals.Count == 0 ? [] : PageFacts.Ids(AnalyzerTables.ForSaleList, block);
            if (sale.Count > 0)
            {
                saleBlocks.Add((block, sale));
            }
        }

        var marketplace = LanderReferences.FirstReferenceTo(page, page.Tables.MarketplaceHosts);
        if (saleBlocks.Count == 0 && marketplace is null)
        {
            return;
        }

        // "Make an offer", "buy now for" and the auction phrases also sell goods (a second-hand watch): they offer the
        // domain only where the offer, the title or a main heading names a domain (or the word), or a marketplace
        // listing is linked.
        var offers = saleBlocks.ConvertAll(b => PageMarkup.Text(b.Block.Element));
        if (marketplace is null && !saleBlocks.Any(b => b.Phrases.Any(i => options.ForSalePhrases[i].Contains("domain", StringComparison.Ordinal)))
            && !NamesADomain(page, offers))
        {
            return;
        }

        var evidenceBlock = saleBlocks.Count > 0 ? saleBlocks[0].Block : null;
        var offerText = string.Join(' ', offers);
        var price = PagePatterns.Price().Match(offerText) is { Success: true } m ? m.Value.Trim() : null;
        var facts = new Dictionary<string, string>
        {
            ["phrases"] = string.Join("; ", saleBlocks.SelectMany(b => b.Phrases).Distinct().Select(i => options.ForSalePhrases[i])),
        };
        if (marketplace is not null)
        {
            facts["marketplace"] = marketplace.Value.Url.AbsoluteUri;
        }

        if (price is not null)
        {
            facts["price"] = price;
        }

        var evidence = evidenceBlock is not null ? offers[0] : PageMarkup.Fragment(marketplace!.Value.Element, options.MaxEvidenceChars);
        var targeted = page.MarksIn(offerText);
        foreach (var mark in targeted)
        {
            findings.Add(Evidence.Criteria.U6, mark, evidence, $"The page offers the domain for sale and names {page.MarkAt(mark).Name} in the offer (targeted).",
                new(facts) { ["targeted"] = "true" });
        }

        if (targeted.Count == 0)
        {
            findings.Add(Evidence.Criteria.U6, null, evidence, "The page offers the domain for sale (a generic listing).", new(facts) { ["targeted"] = "false" });
        }
    }

    private static bool NamesADomain(PageFacts page, IEnumerable<string> offers)
    {
        var host = page.Url.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? page.Url.Host[4..] : page.Url.Host;
        var texts = offers.Append(page.Title).Concat(page.Headings.Where(h => h.LocalName == "h1").Select(h => PageMarkup.Text(h, 300)));
        return texts.Any(t => t.Contains(host, StringComparison.OrdinalIgnoreCase) || DomainWord().IsMatch(t));
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\bdomains?\b|\b[a-z0-9][a-z0-9-]*\.[a-z]{2,}\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex DomainWord();
}
