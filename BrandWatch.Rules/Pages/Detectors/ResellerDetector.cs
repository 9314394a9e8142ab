namespace BrandWatch.Rules.Pages.Detectors;

/// <summary>
/// X4: a reseller's disclosure of its relationship to the mark, with the Oki Data facts (goods offered, other brands);
/// and a shop that lists the mark's goods under its own presentation, without such a disclosure: a reseller or
/// distributor all the same (2.8.1), whose name and disclosure the scorer weighs. A shop that presents itself as the
/// brand is the unauthorised-shop detector's (U4).
/// </summary>
internal sealed class ResellerDetector : IPageDetector
{
    public string Name => "reseller disclosure";

    public IReadOnlyList<string> Criteria { get; } = [Evidence.Criteria.X4];

    public void Detect(PageFacts page, FindingSink findings)
    {
        var signals = page.Signals;
        foreach (var disclosure in signals.Disclosures)
        {
            findings.Add(Evidence.Criteria.X4, disclosure.Mark, disclosure.Text, $"The page discloses its relationship to {page.MarkAt(disclosure.Mark).Name} (\"{disclosure.Phrase}\").", disclosure.Facts);
        }

        if (!ShopPage.Sells(page, findings))
        {
            return;
        }

        foreach (var mark in signals.Shown)
        {
            // A shop styled as the brand without a disclaimer is the unauthorised-shop detector's (U4); with one, it is a
            // seller that says it is not the owner, and Oki Data weighs what it says.
            var styledAsMark = page.Branding.Presents.Contains(mark);
            if (findings.Has(Evidence.Criteria.X4, mark) || (styledAsMark && !signals.AnyDisclaimer) || WebAddress.IsOnAny(page.Host, page.MarkAt(mark).AuthorisedDomains)
                || signals.SellerFacts(page, mark) is not { } facts)
            {
                continue;
            }

            findings.Add(Evidence.Criteria.X4, mark, ReviewDetector.MentionEvidence(page, mark),
                styledAsMark
                    ? $"The page sells {page.MarkAt(mark).Name} goods under the mark's name, with a disclaimer but no reseller's disclosure: a reseller or distributor (2.8.1)."
                    : $"The page sells {page.MarkAt(mark).Name} goods under its own presentation, without a reseller's disclosure: a reseller or distributor (2.8.1).", facts);
        }
    }
}
