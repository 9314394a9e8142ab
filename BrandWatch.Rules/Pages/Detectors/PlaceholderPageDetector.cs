namespace BrandWatch.Rules.Pages.Detectors;

/// <summary>
/// U7: a page that holds nothing of its own: a "coming soon" or "under construction" notice, a server's or host's
/// default page, or an empty body. Panels treat such a page as non-use, so the name stays passively held
/// (Overview 3.3: "including a blank or 'coming soon' page"); the scorer weighs it with the Telstra factors.
/// </summary>
internal sealed class PlaceholderPageDetector : IPageDetector
{
    /// <summary>A notice may link its host's home or a contact address; a page of more links has something to show.</summary>
    private const int MaxLinks = 3;

    public string Name => "placeholder page";

    public IReadOnlyList<string> Criteria { get; } = [Evidence.Criteria.U7];

    public void Detect(PageFacts page, FindingSink findings)
    {
        var options = page.Options;
        // A "notify me" form is part of many such pages; a password field never is (a login page is a site of its own).
        if (page.Words > options.MaxPlaceholderWords || page.Links.Count > MaxLinks || page.Frames.Count > 0 || page.Frameset
            || page.Forms.Any(f => f.QuerySelector("input[type=password i]") is not null)
            || page.LooseInputs.Any(i => string.Equals(i.GetAttribute("type"), "password", StringComparison.OrdinalIgnoreCase)))
        {
            return;
        }

        foreach (var block in page.Blocks)
        {
            if (PageFacts.Ids(AnalyzerTables.PlaceholderList, block) is [var id, ..])
            {
                Add(page, findings, options.PlaceholderPhrases[id], PageMarkup.Fragment(block.Element, options.MaxEvidenceChars));
                return;
            }
        }

        var inTitle = PageFacts.Ids(page.Tables.Signals, page.Title).FirstOrDefault(i => i / AnalyzerTables.SignalListSize == AnalyzerTables.PlaceholderList, -1);
        if (inTitle >= 0)
        {
            Add(page, findings, options.PlaceholderPhrases[inTitle % AnalyzerTables.SignalListSize], $"<title>{page.Title}</title>");
            return;
        }

        // An empty body with no script is blank; one with scripts may be an application that draws its content later.
        if (page.Words == 0 && page.Images.Count == 0 && page.Scripts.Count == 0 && page.Links.Count == 0 && page.Forms.Count == 0)
        {
            Add(page, findings, "blank", "<body> with no text, image, link or script");
        }
    }

    private static void Add(PageFacts page, FindingSink findings, string placeholder, string evidence) =>
        findings.Add(Evidence.Criteria.U7, null, evidence,
            placeholder == "blank"
                ? $"The page is blank ({page.Words} words): the name shows nothing of its own, which is non-use (3.3)."
                : $"The page is a placeholder ('{placeholder}', {page.Words} words): the name shows nothing of its own, which is non-use (3.3).",
            new Dictionary<string, string> { ["placeholder"] = placeholder, ["words"] = PageMarkup.Format(page.Words) });
}
