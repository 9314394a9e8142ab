namespace BrandWatch.Rules.Pages.Detectors;

/// <summary>
/// X8: a page that reviews the mark's goods (review words, and a title or heading that says so) and names it in plain
/// text, unless it presents itself as the brand.
/// </summary>
internal sealed class ReviewDetector : IPageDetector
{
    public string Name => "review";

    public IReadOnlyList<string> Criteria { get; } = [Evidence.Criteria.X8];

    public void Detect(PageFacts page, FindingSink findings)
    {
        var signals = page.Signals;
        if (!signals.ReviewPage)
        {
            return;
        }

        var words = string.Join(", ", signals.ReviewWords.Order().Select(i => page.Options.ReviewWords[i]));
        foreach (var mark in signals.Shown)
        {
            // A page that presents itself as the brand speaks in its name ("your account is under review"): no review.
            if (page.Branding.Presents.Contains(mark))
            {
                continue;
            }

            var name = page.MarkAt(mark).Name;
            findings.Add(Evidence.Criteria.X8, mark, MentionEvidence(page, mark), $"The page reviews {name} and names it in plain text ({words}).",
                new() { ["signal"] = "review", ["words"] = words, ["logo"] = PageMarkup.Format(page.OnPage[mark].HasLogo), ["disclaimer"] = PageMarkup.Format(signals.DisclaimedMarks.Contains(mark)) });
        }
    }

    /// <summary>The title when it names the mark, else the first text that does, else the name.</summary>
    public static string MentionEvidence(PageFacts page, int mark) =>
        page.OnPage[mark].InTitle ? $"<title>{page.Title}</title>" : page.OnPage[mark].TextHits.FirstOrDefault()?.Snippet ?? page.MarkAt(mark).Name;
}
