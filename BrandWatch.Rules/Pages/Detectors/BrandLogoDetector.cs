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
            var visual = logo.Visual is { } match ? $": the image {match.Image.Url.AbsoluteUri} has {match.Describe()}" : string.Empty;
            switch (logo.Kind)
            {
                case LogoKind.Image:
                    findings.Add(Evidence.Criteria.A12, logo.Mark, logo.Evidence, $"The page shows {name}'s logo as its own branding ({logo.Placement}){visual}.",
                        WithVisual(new() { ["src"] = logo.Src, ["placement"] = logo.Placement, ["hotlinked"] = PageMarkup.Format(logo.Hotlinked == true) }, logo));
                    break;
                case LogoKind.Favicon:
                    findings.Add(Evidence.Criteria.A12, logo.Mark, logo.Evidence, $"The page uses {name}'s icon as its own {logo.Placement}{visual}.",
                        WithVisual(new() { ["src"] = logo.Src, ["placement"] = logo.Placement, ["hotlinked"] = PageMarkup.Format(logo.Hotlinked == true) }, logo));
                    break;
                default:
                    findings.Add(Evidence.Criteria.A12, logo.Mark, logo.Evidence, $"The page draws {name}'s logo as a CSS background image as its own branding.",
                        new() { ["src"] = logo.Src, ["placement"] = "background image", ["element"] = logo.Element ?? string.Empty });
                    break;
            }
        }
    }

    private static Dictionary<string, string> WithVisual(Dictionary<string, string> facts, LogoSighting logo)
    {
        foreach (var (key, value) in logo.Visual?.Facts() ?? [])
        {
            facts[key] = value;
        }

        return facts;
    }
}
