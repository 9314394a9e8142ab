using AngleSharp.Dom;

namespace BrandWatch.Rules.Pages.Detectors;

/// <summary>
/// A8 and X9: links into a mark's own site. The owner's logo or name as the anchor of a deep link beside ads is A8
/// (Ticketmaster v. Microsoft); a home link, a link that starts the owner's sign-in, payment or share flow, and a
/// plain link with no ads beside it are lawful linking (X9).
/// </summary>
internal sealed class DeepLinkDetector : IPageDetector
{
    public string Name => "deep links";

    public IReadOnlyList<string> Criteria { get; } = [Evidence.Criteria.A8, Evidence.Criteria.X9];

    public void Detect(PageFacts page, FindingSink findings)
    {
        var max = page.Options.MaxEvidenceChars;
        var homeLinked = new HashSet<int>();
        foreach (var link in page.Links)
        {
            // Only links to some mark's official domain matter: a cheap host probe before any URL is built.
            var quick = WebAddress.QuickHost(link.GetAttribute("href"));
            if (page.Tables.OfficialHosts.Find(quick.IsEmpty ? WebAddress.Host(page.Base) : quick) is null)
            {
                continue;
            }

            if (page.Href(link) is not { } target || page.Tables.OfficialHosts.Find(WebAddress.Host(target)) is not { } owners)
            {
                continue;
            }

            foreach (var mark in owners)
            {
                if (page.Skip[mark] || InsideAd(page, link))
                {
                    continue;
                }

                var name = page.MarkAt(mark).Name;
                var logo = link.QuerySelectorAll("img").Take(5).FirstOrDefault(img => page.LogoOrNamed(img, mark));
                var text = page.MarksIn(PageMarkup.Text(link)).Contains(mark);
                if (WebAddress.IsHome(target))
                {
                    if (homeLinked.Add(mark))
                    {
                        findings.Add(Evidence.Criteria.X9, mark, PageMarkup.Fragment(link, max), $"The page links to {name}'s own home page.",
                            new() { ["signal"] = "home link", ["target"] = target.AbsoluteUri, ["anchor"] = logo is not null ? "logo" : text ? "text" : "other" });
                    }

                    continue;
                }

                var anchorWords = string.Join(' ', PageMarkup.Text(link, 200), link.GetAttribute("aria-label"), link.GetAttribute("title"),
                    string.Join(' ', link.QuerySelectorAll("img").Take(3).Select(i => i.GetAttribute("alt"))));
                if (ServiceLinks.Kind(target, anchorWords) is { } service)
                {
                    // Starting the owner's sign-in, payment or share flow, or its badge, is its service used as intended.
                    findings.Add(Evidence.Criteria.X9, mark, PageMarkup.Fragment(link, max), $"The link starts {name}'s own {service} ({target.AbsolutePath}): its service used as intended.",
                        new() { ["signal"] = service, ["target"] = target.AbsoluteUri });
                    continue;
                }

                if (logo is null && !text)
                {
                    continue;
                }

                var nearbyAds = AdsNear(page, link);
                var attributed = PageFacts.Ids(page.Tables.Attribution, PageMarkup.Text(PageFacts.BlockAround(link)) + " " + link.GetAttribute("title")).Count > 0;
                var facts = new Dictionary<string, string>
                {
                    ["target"] = target.AbsoluteUri,
                    ["anchor"] = logo is not null ? "logo" : "text",
                    ["nearbyAds"] = PageMarkup.Format(nearbyAds),
                    ["pageAds"] = PageMarkup.Format(page.AdUnits.Count),
                    ["attributed"] = PageMarkup.Format(attributed),
                };
                if (link.GetAttribute("target") is { Length: > 0 } window)
                {
                    facts["window"] = window;
                }

                // Ticketmaster v. Microsoft: the owner's logo as the anchor on a page that sells ads. Without ads a logo
                // link sends the visitor on with nothing taken: lawful linking.
                if (logo is not null && (nearbyAds > 0 || page.AdUnits.Count > 0))
                {
                    facts["logo"] = logo.GetAttribute("src") ?? string.Empty;
                    findings.Add(Evidence.Criteria.A8, mark, PageMarkup.Fragment(link, max),
                        $"{name}'s logo links deep into its site ({target.AbsolutePath}), bypassing the home page, with {nearbyAds} third-party ad(s) nearby and {page.AdUnits.Count} on the page.", facts);
                }
                else if (logo is null && nearbyAds > 0 && !attributed)
                {
                    findings.Add(Evidence.Criteria.A8, mark, PageMarkup.Fragment(link, max),
                        $"The text {name} links deep into its site ({target.AbsolutePath}) beside {nearbyAds} third-party ad(s) without attribution.", facts);
                }
                else
                {
                    findings.Add(Evidence.Criteria.X9, mark, PageMarkup.Fragment(link, max),
                        $"A {(logo is null ? "plain text" : "logo")} link to {name} opens its page {target.AbsolutePath} in full with no ads beside it (lawful linking).",
                        new(facts) { ["signal"] = "plain link" });
                }
            }
        }
    }

    private static bool InsideAd(PageFacts page, IElement element)
    {
        for (var current = element; current is not null; current = current.ParentElement)
        {
            if (page.IsAdUnit(current))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Third-party ad slots in the subtree a few levels above the element.</summary>
    private static int AdsNear(PageFacts page, IElement element)
    {
        var container = element;
        for (var level = 0; level < page.Options.NearbyAdLevels && container.ParentElement is { } parent && parent.LocalName != "body" && parent.LocalName != "html"; level++)
        {
            container = parent;
        }

        return page.AdUnits.Count(ad => container.Contains(ad));
    }
}
