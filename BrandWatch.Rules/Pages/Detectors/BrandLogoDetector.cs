using BrandWatch.Rules.Evidence;

namespace BrandWatch.Rules.Pages.Detectors;

/// <summary>A12: the owner's logo worn as the page's own branding (header or navigation image, favicon, CSS background).</summary>
internal sealed class BrandLogoDetector : IPageDetector
{
    public string Name => "brand logo";

    public IReadOnlyList<string> Criteria { get; } = [Evidence.Criteria.A12];

    public void Detect(PageFacts page, FindingSink findings)
    {
        foreach (var logo in page.Branding.Logos)
        {
            var name = page.MarkAt(logo.Mark).Name;
            switch (logo.Kind)
            {
                case LogoKind.Image:
                    findings.Add(Evidence.Criteria.A12, logo.Mark, logo.Evidence, $"The page shows {name}'s logo as its own branding ({logo.Placement}).",
                        new() { ["src"] = logo.Src, ["placement"] = logo.Placement, ["hotlinked"] = PageMarkup.Format(logo.Hotlinked == true) });
                    break;
                case LogoKind.Favicon:
                    findings.Add(Evidence.Criteria.A12, logo.Mark, logo.Evidence, $"The page uses {name}'s icon as its own favicon.",
                        new() { ["src"] = logo.Src, ["placement"] = "favicon", ["hotlinked"] = PageMarkup.Format(logo.Hotlinked == true) });
                    break;
                default:
                    findings.Add(Evidence.Criteria.A12, logo.Mark, logo.Evidence, $"The page draws {name}'s logo as a CSS background image as its own branding.",
                        new() { ["src"] = logo.Src, ["placement"] = "background image", ["element"] = logo.Element ?? string.Empty });
                    break;
            }
        }
    }
}
