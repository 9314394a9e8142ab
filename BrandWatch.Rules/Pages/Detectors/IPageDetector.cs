namespace BrandWatch.Rules.Pages.Detectors;

/// <summary>One criterion's reading of a page: it reads the page's facts and reports findings, nothing else.</summary>
internal interface IPageDetector
{
    /// <summary>A short name, as the detector table in docs/pages.md lists it.</summary>
    string Name { get; }

    /// <summary>The criteria (docs/criteria.md) whose findings it may report.</summary>
    IReadOnlyList<string> Criteria { get; }

    void Detect(PageFacts page, FindingSink findings);
}
