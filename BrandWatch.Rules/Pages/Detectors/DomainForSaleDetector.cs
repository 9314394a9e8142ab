using AngleSharp.Dom;

namespace BrandWatch.Rules.Pages.Detectors;

/// <summary>U6: the domain offered for sale (a lander phrase or a marketplace link); targeted when the offer names the mark.</summary>
internal sealed class DomainForSaleDetector : IPageDetector
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

        var evidenceBlock = saleBlocks.Count > 0 ? saleBlocks[0].Block : null;
        var offerText = string.Join(' ', saleBlocks.Select(b => PageMarkup.Text(b.Block.Element)));
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

        var evidence = evidenceBlock is not null ? PageMarkup.Text(evidenceBlock.Element) : PageMarkup.Fragment(marketplace!.Value.Element, options.MaxEvidenceChars);
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
}
