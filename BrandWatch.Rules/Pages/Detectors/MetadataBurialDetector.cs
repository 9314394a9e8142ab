namespace BrandWatch.Rules.Pages.Detectors;

/// <summary>
/// A10: the mark in the metadata of a page that presents itself as the brand, or of a page that never shows the
/// mark to its reader (Brookfield). A page that discusses, reviews or sells the mark's goods names it in its
/// title and description as a headline does (Playboy v. Welles): that is not burying.
/// </summary>
internal sealed class MetadataBurialDetector : IPageDetector
{
    public string Name => "metadata burial";

    public IReadOnlyList<string> Criteria { get; } = [Evidence.Criteria.A10];

    public void Detect(PageFacts page, FindingSink findings)
    {
        foreach (var (mark, evidence, location, facts) in page.Metadata.Mentions)
        {
            var onPage = page.OnPage[mark];
            var name = page.MarkAt(mark).Name;
            if (page.Branding.Presents.Contains(mark))
            {
                findings.Add(Evidence.Criteria.A10, mark, evidence, $"The {location} names {name} on a page that presents itself as {name} ({page.Branding.PresenceText(mark)}).",
                    new(facts) { ["discussed"] = "false", ["presentsAsMark"] = "true" });
            }
            else if (onPage.VisibleOccurrences == 0 && !onPage.HasLogo && !DescribesServiceItRuns(page, mark, facts))
            {
                findings.Add(Evidence.Criteria.A10, mark, evidence, $"The {location} names {name}, but the page never shows {name} to its reader (burying).",
                    new(facts) { ["discussed"] = "false", ["presentsAsMark"] = "false", ["hiddenOccurrences"] = PageMarkup.Format(onPage.HiddenOccurrences) });
            }
        }
    }

    // A title or description that names the service the page runs ("A demo of a payment on Stripe" over the provider's
    // checkout script) describes the page truly, and the service names itself once it runs. Keywords are no
    // description: a keywords tag names what the page wants to be found for.
    private static bool DescribesServiceItRuns(PageFacts page, int mark, Dictionary<string, string> facts) =>
        facts.GetValueOrDefault("location") != "meta keywords" && page.RunsServiceOf(mark);
}
