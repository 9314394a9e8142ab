using AngleSharp.Dom;
using BrandWatch.Rules.Evidence;

namespace BrandWatch.Rules.Pages;

/// <summary>A12 (the owner's logo as own branding), A8 and X9 (deep and plain links), A9 (framing).</summary>
internal sealed partial class PageAnalysisRun
{
    private static readonly string[] LogoWords = ["logo", "brand", "wordmark"];

    private void DetectLogos()
    {
        var firstImage = _images.FirstOrDefault(i => i.Closest("head") is null);
        foreach (var image in _images)
        {
            foreach (var mark in LogoMarks(image))
            {
                _onPage[mark].HasLogo = true;
                if (InLinkTo(image, mark))
                {
                    continue; // a logo linking to the owner is a link (A8/X9), not the page's own branding
                }

                var placement = Placement(image, image == firstImage);
                if (placement is null)
                {
                    continue;
                }

                var src = image.GetAttribute("src") ?? string.Empty;
                var hotlinked = WebAddress.Resolve(_base, src) is { } uri && _tables.OfficialHosts.Owns(WebAddress.Host(uri), mark);
                Add(Criteria.A12, mark, StartTag(image), $"The page shows {MarkAt(mark).Name}'s logo as its own branding ({placement}).",
                    new() { ["src"] = src, ["placement"] = placement, ["hotlinked"] = Format(hotlinked) });
            }
        }

        foreach (var icon in _icons)
        {
            var href = icon.GetAttribute("href");
            var uri = WebAddress.Resolve(_base, href);
            foreach (var mark in Enumerable.Range(0, _onPage.Length))
            {
                if (_skip[mark])
                {
                    continue;
                }

                var official = uri is not null && _tables.OfficialHosts.Owns(WebAddress.Host(uri), mark);
                if (official || MarksIn(WebAddress.FileName(href)).Contains(mark))
                {
                    _onPage[mark].HasLogo = true;
                    Add(Criteria.A12, mark, StartTag(icon), $"The page uses {MarkAt(mark).Name}'s icon as its own favicon.",
                        new() { ["src"] = href ?? string.Empty, ["placement"] = "favicon", ["hotlinked"] = Format(official) });
                }
            }
        }
    }

    /// <summary>Marks whose logo the image is: served from the owner's domain, or named in it and styled as a logo.</summary>
    private List<int> LogoMarks(IElement image)
    {
        var src = image.GetAttribute("src") ?? image.GetAttribute("data-src");
        var uri = WebAddress.Resolve(_base, src);
        var host = uri is null ? null : WebAddress.Host(uri);
        var named = MarksIn(string.Join(' ', image.GetAttribute("alt"), image.GetAttribute("title"), WebAddress.FileName(src)));
        var logoLike = LooksLikeLogo(image) || image.Closest("header, nav") is not null;
        var marks = new List<int>();
        for (var mark = 0; mark < _onPage.Length; mark++)
        {
            if (_skip[mark])
            {
                continue;
            }

            var fromOwner = host is not null && _tables.OfficialHosts.Owns(host, mark);
            if ((fromOwner && (logoLike || named.Contains(mark))) || (named.Contains(mark) && logoLike))
            {
                marks.Add(mark);
            }
        }

        return marks;
    }

    private static bool LooksLikeLogo(IElement element)
    {
        var text = string.Join(' ', element.GetAttribute("src"), element.GetAttribute("alt"), element.ClassName, element.Id, element.GetAttribute("title"),
            element.ParentElement?.ClassName, element.ParentElement?.Id).ToLowerInvariant();
        return LogoWords.Any(w => text.Contains(w, StringComparison.Ordinal));
    }

    /// <summary>Where an image serves as the page's own branding, or null when it is just a picture in the content.</summary>
    private string? Placement(IElement image, bool first)
    {
        if (image.Closest("header") is not null)
        {
            return "page header";
        }

        if (image.Closest("a[href]") is { } link && WebAddress.Resolve(_base, link.GetAttribute("href")) is { } target
            && WebAddress.Host(target) == _host && WebAddress.IsHome(target))
        {
            return "links to this site's home page";
        }

        if (image.Closest("nav") is not null)
        {
            return "navigation bar";
        }

        if (LooksLikeLogo(image))
        {
            return "site logo";
        }

        return first ? "first image of the page" : null;
    }

    private bool InLinkTo(IElement element, int mark) =>
        element.Closest("a[href]") is { } link && WebAddress.Resolve(_base, link.GetAttribute("href")) is { } target
        && _tables.OfficialHosts.Owns(WebAddress.Host(target), mark);

    private void DetectLinks()
    {
        var homeLinked = new HashSet<int>();
        foreach (var link in _links)
        {
            // Only links to some mark's official domain matter: a cheap host probe before any URL is built.
            var quick = WebAddress.QuickHost(link.GetAttribute("href"));
            if (_tables.OfficialHosts.Find(quick.IsEmpty ? WebAddress.Host(_base) : quick) is null)
            {
                continue;
            }

            if (Href(link) is not { } target || _tables.OfficialHosts.Find(WebAddress.Host(target)) is not { } owners)
            {
                continue;
            }

            foreach (var mark in owners)
            {
                if (_skip[mark] || InsideAd(link))
                {
                    continue;
                }

                var logo = link.QuerySelectorAll("img").Take(5).FirstOrDefault(img => LogoOrNamed(img, mark));
                var text = MarksIn(Text(link)).Contains(mark);
                if (WebAddress.IsHome(target))
                {
                    if (homeLinked.Add(mark))
                    {
                        Add(Criteria.X9, mark, Fragment(link), $"The page links to {MarkAt(mark).Name}'s own home page.",
                            new() { ["signal"] = "home link", ["target"] = target.AbsoluteUri, ["anchor"] = logo is not null ? "logo" : text ? "text" : "other" });
                    }

                    continue;
                }

                if (logo is null && !text)
                {
                    continue;
                }

                var nearbyAds = AdsNear(link);
                var attributed = Attributed(link);
                var facts = new Dictionary<string, string>
                {
                    ["target"] = target.AbsoluteUri,
                    ["anchor"] = logo is not null ? "logo" : "text",
                    ["nearbyAds"] = Format(nearbyAds),
                    ["pageAds"] = Format(_adUnits.Count),
                    ["attributed"] = Format(attributed),
                };
                if (link.GetAttribute("target") is { Length: > 0 } window)
                {
                    facts["window"] = window;
                }

                if (logo is not null)
                {
                    facts["logo"] = logo.GetAttribute("src") ?? string.Empty;
                    Add(Criteria.A8, mark, Fragment(link),
                        $"{MarkAt(mark).Name}'s logo links deep into its site ({target.AbsolutePath}), bypassing the home page, with {nearbyAds} third-party ad(s) nearby.", facts);
                }
                else if (nearbyAds > 0 && !attributed)
                {
                    Add(Criteria.A8, mark, Fragment(link),
                        $"The text {MarkAt(mark).Name} links deep into its site ({target.AbsolutePath}) beside {nearbyAds} third-party ad(s) without attribution.", facts);
                }
                else
                {
                    Add(Criteria.X9, mark, Fragment(link),
                        $"A plain text link names {MarkAt(mark).Name} and opens its page {target.AbsolutePath} in full (lawful linking).",
                        new(facts) { ["signal"] = "plain link" });
                }
            }
        }
    }

    private bool LogoOrNamed(IElement image, int mark)
    {
        var src = image.GetAttribute("src");
        return MarksIn(string.Join(' ', image.GetAttribute("alt"), image.GetAttribute("title"), WebAddress.FileName(src))).Contains(mark)
            || (WebAddress.Resolve(_base, src) is { } uri && _tables.OfficialHosts.Owns(WebAddress.Host(uri), mark));
    }

    private bool InsideAd(IElement element)
    {
        for (var current = element; current is not null; current = current.ParentElement)
        {
            if (_adSet.Contains(current))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Third-party ad slots in the subtree a few levels above the element.</summary>
    private int AdsNear(IElement element)
    {
        var container = element;
        for (var level = 0; level < _options.NearbyAdLevels && container.ParentElement is { } parent && parent.LocalName != "body" && parent.LocalName != "html"; level++)
        {
            container = parent;
        }

        return _adUnits.Count(ad => container.Contains(ad));
    }

    private bool Attributed(IElement link)
    {
        var block = link.ParentElement ?? link;
        while (block.ParentElement is not null && !BlockTags.Contains(block.LocalName))
        {
            block = block.ParentElement;
        }

        return Ids(_tables.Attribution, Text(block) + " " + link.GetAttribute("title")).Count > 0;
    }

    private void DetectFrames()
    {
        var frameset = _frameset;
        (bool Own, string? Evidence)? branding = null;
        foreach (var frame in _frames)
        {
            if (WebAddress.Resolve(_base, frame.GetAttribute("src")) is not { } target)
            {
                continue;
            }

            var host = WebAddress.Host(target);
            for (var mark = 0; mark < _onPage.Length; mark++)
            {
                if (_skip[mark] || !_tables.OfficialHosts.Owns(host, mark))
                {
                    continue;
                }

                branding ??= OwnBranding(mark);
                var ads = _adUnits.Count;
                var facts = new Dictionary<string, string>
                {
                    ["target"] = target.AbsoluteUri,
                    ["ads"] = Format(ads),
                    ["ownBranding"] = Format(branding.Value.Own),
                    ["frameset"] = Format(frameset),
                };
                if (branding.Value.Evidence is { } brandingEvidence)
                {
                    facts["branding"] = Clip(brandingEvidence);
                }

                var additions = (ads > 0, branding.Value.Own) switch
                {
                    (true, true) => $" inside its own branding and {ads} ad(s)",
                    (true, false) => $" beside {ads} ad(s)",
                    (false, true) => " inside its own branding",
                    _ => " with nothing of its own around it",
                };
                Add(Criteria.A9, mark, StartTag(frame), $"The page frames {MarkAt(mark).Name}'s page {target.AbsoluteUri}{additions}.", facts);
            }
        }
    }

    /// <summary>Whether the framing page shows a name or logo of its own (not the framed owner's).</summary>
    private (bool Own, string? Evidence) OwnBranding(int framedMark)
    {
        foreach (var image in _images)
        {
            var src = image.GetAttribute("src");
            var fromOwner = WebAddress.Resolve(_base, src) is { } uri && _tables.OfficialHosts.Owns(WebAddress.Host(uri), framedMark);
            if (!fromOwner && LooksLikeLogo(image) && !LogoOrNamed(image, framedMark))
            {
                return (true, StartTag(image));
            }
        }

        foreach (var frame in _frames)
        {
            if (WebAddress.Resolve(_base, frame.GetAttribute("src")) is { } uri && !_tables.OfficialHosts.Owns(WebAddress.Host(uri), framedMark)
                && !_adSet.Contains(frame))
            {
                return (true, StartTag(frame));
            }
        }

        foreach (var heading in _document.QuerySelectorAll("header, h1, .site-title, .brand, .logo").Take(10))
        {
            if (heading.Closest("iframe") is null && Text(heading, 200).Trim() is { Length: > 0 } text && !MarksIn(text).Contains(framedMark))
            {
                return (true, Fragment(heading));
            }
        }

        return (false, null);
    }
}
