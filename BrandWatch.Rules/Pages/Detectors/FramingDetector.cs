using AngleSharp.Dom;

namespace BrandWatch.Rules.Pages.Detectors;

/// <summary>A9: the owner's page framed inside another's branding or ads; a published embed player or map is X9.</summary>
internal sealed class FramingDetector : IPageDetector
{
    public string Name => "framing";

    public IReadOnlyList<string> Criteria { get; } = [Evidence.Criteria.A9, Evidence.Criteria.X9];

    public void Detect(PageFacts page, FindingSink findings)
    {
        (bool Own, string? Evidence)? branding = null;
        foreach (var frame in page.Frames)
        {
            if (WebAddress.Resolve(page.Base, frame.GetAttribute("src")) is not { } target)
            {
                continue;
            }

            var host = WebAddress.Host(target);
            foreach (var mark in page.Tables.OfficialHosts.OwnersOf(host).Distinct().Order())
            {
                if (page.Skip[mark] || !page.Tables.OfficialHosts.Owns(host, mark))
                {
                    continue;
                }

                var name = page.MarkAt(mark).Name;
                if (ServiceLinks.IsEmbed(target))
                {
                    // A video player or map the owner publishes for embedding is meant to sit inside other pages.
                    findings.Add(Evidence.Criteria.X9, mark, PageMarkup.StartTag(frame), $"The page embeds {name}'s published player or map ({target.AbsolutePath}): its embedding service used as intended.",
                        new() { ["signal"] = "embedded player", ["target"] = target.AbsoluteUri });
                    continue;
                }

                branding ??= OwnBranding(page, mark);
                var ads = page.AdUnits.Count;
                var facts = new Dictionary<string, string>
                {
                    ["target"] = target.AbsoluteUri,
                    ["ads"] = PageMarkup.Format(ads),
                    ["ownBranding"] = PageMarkup.Format(branding.Value.Own),
                    ["frameset"] = PageMarkup.Format(page.Frameset),
                };
                if (branding.Value.Evidence is { } brandingEvidence)
                {
                    facts["branding"] = PageMarkup.Clip(brandingEvidence, page.Options.MaxEvidenceChars);
                }

                var additions = (ads > 0, branding.Value.Own) switch
                {
                    (true, true) => $" inside its own branding and {ads} ad(s)",
                    (true, false) => $" beside {ads} ad(s)",
                    (false, true) => " inside its own branding",
                    _ => " with nothing of its own around it",
                };
                findings.Add(Evidence.Criteria.A9, mark, PageMarkup.StartTag(frame), $"The page frames {name}'s page {target.AbsoluteUri}{additions}.", facts);
            }
        }
    }

    /// <summary>Whether the framing page shows a name or logo of its own (not the framed owner's).</summary>
    private static (bool Own, string? Evidence) OwnBranding(PageFacts page, int framedMark)
    {
        foreach (var image in page.Images)
        {
            var src = image.GetAttribute("src");
            var fromOwner = page.OnOwnersHost(src, framedMark);
            if (!fromOwner && PageMarkup.LooksLikeLogo(image) && !page.LogoOrNamed(image, framedMark))
            {
                return (true, PageMarkup.StartTag(image));
            }
        }

        foreach (var frame in page.Frames)
        {
            if (WebAddress.Resolve(page.Base, frame.GetAttribute("src")) is { } uri && !page.Tables.OfficialHosts.Owns(WebAddress.Host(uri), framedMark)
                && !page.IsAdUnit(frame))
            {
                return (true, PageMarkup.StartTag(frame));
            }
        }

        foreach (var heading in page.Document.QuerySelectorAll("header, h1, .site-title, .brand, .logo").Take(10))
        {
            if (heading.Closest("iframe") is null && PageMarkup.Text(heading, 200).Trim() is { Length: > 0 } text && !page.MarksIn(text).Contains(framedMark))
            {
                return (true, PageMarkup.Fragment(heading, page.Options.MaxEvidenceChars));
            }
        }

        return (false, null);
    }
}
