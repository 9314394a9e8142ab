namespace BrandWatch.Rules.Pages.Detectors;

/// <summary>
/// U11: a page about the mark (its title or a main heading names it) that earns from advertising and is no shop,
/// review, lander or sign-in page: a commercial fan, news or criticism site. Such a page is lawful under its own name;
/// under a name that imitates the mark it draws the mark's public for gain, which the scorer weighs (Overview 2.7.2;
/// criticism must be noncommercial to be fair use, 2.6.2).
/// </summary>
internal sealed class AdvertisedFanPageDetector : IPageDetector
{
    public string Name => "advertising on a page about the mark";

    public IReadOnlyList<string> Criteria { get; } = [Evidence.Criteria.U11];

    public void Detect(PageFacts page, FindingSink findings)
    {
        var signals = page.Signals;
        var ads = page.AdUnits.Count;
        if (ads == 0 || signals.ReviewPage || signals.ShopPhrases.Count > 0
            || findings.HasAny(Evidence.Criteria.U1) || findings.HasAny(Evidence.Criteria.U3) || findings.HasAny(Evidence.Criteria.U6))
        {
            return;
        }

        var criticism = signals.PejorativeWords.Count >= page.Options.MinPejorativeWords;
        HashSet<int>? headed = null;
        foreach (var heading in page.Headings)
        {
            if (heading.LocalName is "h1" or "h2")
            {
                (headed ??= []).UnionWith(page.MarksIn(PageMarkup.Text(heading, 300)));
            }
        }

        foreach (var mark in signals.Shown)
        {
            if (page.OnPage[mark].InTitle || headed?.Contains(mark) == true)
            {
                findings.Add(Evidence.Criteria.U11, mark, ReviewDetector.MentionEvidence(page, mark),
                    $"The page is about {page.MarkAt(mark).Name}{(criticism ? ", criticises it," : "")} and carries {ads} advertisement(s).",
                    new() { ["signal"] = "advertising", ["ads"] = PageMarkup.Format(ads), ["disclaimer"] = PageMarkup.Format(signals.DisclaimedMarks.Contains(mark)) });
            }
        }
    }
}
