namespace BrandWatch.Rules.Pages.Detectors;

/// <summary>
/// U4: a shop (shop phrases, prices) that presents itself as the brand, on a host not authorised for the mark, with
/// no disclosure or disclaimer, that is no review, criticism or lander. Selling genuine goods under the seller's own
/// name is lawful. It defers to the lander and reseller detectors that run before it.
/// </summary>
internal sealed class UnauthorisedShopDetector : IPageDetector
{
    public string Name => "unauthorised shop";

    public IReadOnlyList<string> Criteria { get; } = [Evidence.Criteria.U4];

    public void Detect(PageFacts page, FindingSink findings)
    {
        var signals = page.Signals;
        var options = page.Options;
        if (!ShopPage.Sells(page, findings) || signals.AnyDisclaimer)
        {
            return;
        }

        foreach (var mark in signals.Shown)
        {
            var name = page.MarkAt(mark).Name;
            var styledAsMark = page.Branding.Presents.Contains(mark);
            var authorised = WebAddress.IsOnAny(page.Host, page.MarkAt(mark).AuthorisedDomains);
            if (authorised || findings.Has(Evidence.Criteria.X4, mark) || !styledAsMark)
            {
                continue;
            }

            var presence = page.Branding.PresenceText(mark);
            var found = string.Join("; ", signals.ShopPhrases.Order().Select(i => options.ShopPhrases[i]).Concat(signals.Priced ? ["prices"] : []));
            findings.Add(Evidence.Criteria.U4, mark, ReviewDetector.MentionEvidence(page, mark),
                $"The page is a shop presenting itself as {name} ({presence}) without disclosing that it is not the owner or an authorised seller.",
                new() { ["signals"] = found, ["disclosure"] = "false", ["logo"] = PageMarkup.Format(page.OnPage[mark].HasLogo), ["presentsAs"] = presence });
        }
    }
}
