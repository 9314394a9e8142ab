namespace BrandWatch.Rules.Pages.Detectors;

/// <summary>X4: a reseller's disclosure of its relationship to the mark, with the Oki Data facts (goods offered, other brands).</summary>
internal sealed class ResellerDetector : IPageDetector
{
    public string Name => "reseller disclosure";

    public IReadOnlyList<string> Criteria { get; } = [Evidence.Criteria.X4];

    public void Detect(PageFacts page, FindingSink findings)
    {
        foreach (var disclosure in page.Signals.Disclosures)
        {
            findings.Add(Evidence.Criteria.X4, disclosure.Mark, disclosure.Text, $"The page discloses its relationship to {page.MarkAt(disclosure.Mark).Name} (\"{disclosure.Phrase}\").", disclosure.Facts);
        }
    }
}
