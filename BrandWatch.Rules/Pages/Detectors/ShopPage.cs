namespace BrandWatch.Rules.Pages.Detectors;

/// <summary>
/// Whether a page reads as a shop that sells goods: enough shop phrases and prices, and not a review, criticism or a
/// parked or for-sale lander (those detectors run first). The reseller and unauthorised-shop detectors share it.
/// </summary>
internal static class ShopPage
{
    public static bool Sells(PageFacts page, FindingSink findings)
    {
        var signals = page.Signals;
        var shopSignals = signals.ShopPhrases.Count + (signals.Priced ? 1 : 0);
        var commentary = signals.ReviewPage || signals.PejorativeWords.Count >= page.Options.MinPejorativeWords;
        var lander = findings.HasAny(Evidence.Criteria.U3) || findings.HasAny(Evidence.Criteria.U6);
        return shopSignals >= page.Options.MinShopSignals && !commentary && !lander;
    }
}
