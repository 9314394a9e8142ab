namespace BrandWatch.Rules.Pages.Detectors;

/// <summary>X5: a page that criticises the mark (enough pejorative words): free speech about the brand.</summary>
internal sealed class CriticismDetector : IPageDetector
{
    public string Name => "criticism";

    public IReadOnlyList<string> Criteria { get; } = [Evidence.Criteria.X5];

    public void Detect(PageFacts page, FindingSink findings)
    {
        var signals = page.Signals;
        if (signals.PejorativeWords.Count < page.Options.MinPejorativeWords)
        {
            return;
        }

        var words = string.Join(", ", signals.PejorativeWords.Order().Select(i => page.Options.PejorativeWords[i]));
        foreach (var mark in signals.Shown)
        {
            findings.Add(Evidence.Criteria.X5, mark, ReviewDetector.MentionEvidence(page, mark), $"The page criticises {page.MarkAt(mark).Name} ({words}).",
                new() { ["signal"] = "criticism", ["words"] = words });
        }
    }
}
