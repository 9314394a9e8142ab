using AngleSharp.Css;
using AngleSharp.Dom;
using BrandWatch.Rules.Evidence;
using BrandWatch.Rules.Pages.Detectors;
using BrandWatch.Rules.Pages.Visual;

namespace BrandWatch.Rules.Pages;

/// <summary>One analysis of one page: the facts of one walk, then each detector of the table on its own.</summary>
internal static class PageAnalysisRun
{
    public static IReadOnlyList<PageFinding> Run(AnalyzerTables tables, IDocument document, Uri url, IRenderDevice device, IReadOnlyList<PageImage> images, IReadOnlyList<IPageDetector> detectors)
    {
        using var page = new PageFacts(tables, document, url, device, images);
        var findings = new FindingSink(tables);
        foreach (var detector in detectors)
        {
            // One detector that fails on hostile markup (a regex timeout, a CSS engine fault) loses only its own
            // findings, never those of the others.
            PageFacts.Guard(() => detector.Detect(page, findings));
        }

        return findings.Findings;
    }
}
