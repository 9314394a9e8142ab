namespace BrandWatch.Rules.Pages.Detectors;

/// <summary>
/// X5: a page that criticises the mark (enough pejorative words): free speech about the brand. A page that disowns the
/// mark in a disclaimer naming it ("this is not the website of …") needs one pejorative word: the disclaimer already says
/// the page speaks about the owner, not as it (a buyer's complaint site, trendmakerhome.com).
/// </summary>
internal sealed class CriticismDetector : IPageDetector
{
    public string Name => "criticism";

    public IReadOnlyList<string> Criteria { get; } = [Evidence.Criteria.X5];

    public void Detect(PageFacts page, FindingSink findings)
    {
        var signals = page.Signals;
        var enough = signals.PejorativeWords.Count >= page.Options.MinPejorativeWords;
        if (!enough && (signals.PejorativeWords.Count == 0 || signals.DisclaimedMarks.Count == 0))
        {
            return;
        }

        var words = string.Join(", ", signals.PejorativeWords.Order().Select(i => page.Options.PejorativeWords[i]));
        foreach (var mark in signals.Shown.Where(m => enough || signals.DisclaimedMarks.Contains(m)))
        {
            findings.Add(Evidence.Criteria.X5, mark, ReviewDetector.MentionEvidence(page, mark), $"The page criticises {page.MarkAt(mark).Name} ({words}).",
                new() { ["signal"] = "criticism", ["words"] = words });
        }
    }
}
