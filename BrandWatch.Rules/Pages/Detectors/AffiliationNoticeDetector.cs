namespace BrandWatch.Rules.Pages.Detectors;

/// <summary>X8: a visible disclaimer of affiliation with the mark, or a platform credit ("Powered by …"): nominative use.</summary>
internal sealed class AffiliationNoticeDetector : IPageDetector
{
    public string Name => "disclaimers and platform credits";

    public IReadOnlyList<string> Criteria { get; } = [Evidence.Criteria.X8];

    public void Detect(PageFacts page, FindingSink findings)
    {
        foreach (var notice in page.Signals.Notices)
        {
            if (notice.Disclaimer)
            {
                var facts = new Dictionary<string, string> { ["signal"] = "disclaimer", ["phrase"] = notice.Phrase };
                foreach (var mark in notice.Marks)
                {
                    findings.Add(Evidence.Criteria.X8, mark, notice.Text, $"The page disclaims any affiliation with {page.MarkAt(mark).Name}.", facts);
                }

                if (notice.Marks.Count == 0)
                {
                    findings.Add(Evidence.Criteria.X8, null, notice.Text, "The page carries a general disclaimer of affiliation.", facts);
                }

                continue;
            }

            foreach (var mark in notice.Marks)
            {
                findings.Add(Evidence.Criteria.X8, mark, notice.Text, $"The page credits {page.MarkAt(mark).Name} as the platform or service it runs on (\"{notice.Phrase}\"): nominative use.",
                    new() { ["signal"] = "platform credit", ["phrase"] = notice.Phrase });
            }
        }
    }
}
