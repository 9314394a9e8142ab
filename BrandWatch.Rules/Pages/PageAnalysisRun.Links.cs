using AngleSharp.Dom;
using BrandWatch.Rules.Evidence;

namespace BrandWatch.Rules.Pages;

/// <summary>A12 (the owner's logo as own branding), A8 and X9 (deep and plain links), A9 (framing).</summary>
internal sealed partial class PageAnalysisRun
{
    private static readonly string[] LogoWords = ["logo", "brand", "wordmark"];

    private void DetectLogos()
    {
        var candidates = 0;
        foreach (var image in _images)
        {
            var marks = LogoMarks(image);
            if (marks.Count == 0)
            {
                continue;
            }

            // Placing a logo reads its ancestors' subtrees: a page gets a bounded number of logo images.
            if (++candidates > _options.MaxLogoCandidates)
            {
                break;
            }

            foreach (var mark in marks)
            {
                _onPage[mark].HasLogo = true;
            }

            var placement = Placement(image);
            if (placement is null)
            {
                continue;
            }

            foreach (var mark in marks)
            {
                AddPresence(mark, 2, $"logo ({placement})", visual: true);
                if (InLinkTo(image, mark))
                {
                    continue; // a logo linking to the owner is a link (A8/X9), not the page's own branding
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
            var named = MarksInFileName(href);
            var owners = uri is null ? [] : _tables.OfficialHosts.OwnersOf(WebAddress.Host(uri));
            foreach (var mark in named.Union(owners).Distinct().Order())
            {
                if (_skip[mark])
                {
                    continue;
                }

                var official = uri is not null && _tables.OfficialHosts.Owns(WebAddress.Host(uri), mark);
                if (official || named.Contains(mark))
                {
                    _onPage[mark].HasLogo = true;
                    AddPresence(mark, 1, "favicon", visual: true);
                    Add(Criteria.A12, mark, StartTag(icon), $"The page uses {MarkAt(mark).Name}'s icon as its own favicon.",
                        new() { ["src"] = href ?? string.Empty, ["placement"] = "favicon", ["hotlinked"] = Format(official) });
                }
            }
        }

        DetectBackgroundLogos();
    }

    /// <summary>Marks whose logo the image is: named in its text or file name, or served from the owner's domain, and styled or placed as a logo.</summary>
    private List<int> LogoMarks(IElement image)
    {
        var src = image.GetAttribute("src") ?? image.GetAttribute("data-src");
        var uri = WebAddress.Resolve(_base, src);
        var host = uri is null ? null : WebAddress.Host(uri);
        var named = MarksIn(string.Join(' ', image.GetAttribute("alt"), image.GetAttribute("title"))).Union(MarksInFileName(src)).ToList();
        var logoLike = LooksLikeLogo(image) || InHeaderArea(image) || image.Closest("nav") is not null;
        var marks = new List<int>();
        var owners = host is null ? [] : _tables.OfficialHosts.OwnersOf(host);
        foreach (var mark in named.Union(owners).Distinct().Order())
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
        if (LogoClass(element))
        {
            return true;
        }

        var text = string.Join(' ', WebAddress.FileName(element.GetAttribute("src")), element.GetAttribute("alt"), element.GetAttribute("title")).ToLowerInvariant();
        return LogoWords.Any(w => text.Contains(w, StringComparison.Ordinal));
    }

    /// <summary>
    /// Where an image serves as the page's own branding, or null when it is a picture in the content: a logo wall
    /// (partners, integrations, accepted payments), a footer credit, a sign-in, payment, share or store badge.
    /// </summary>
    private string? Placement(IElement image)
    {
        if (image.Closest("footer") is not null || InServiceControl(image))
        {
            return null;
        }

        if (InHeaderArea(image))
        {
            return "page header";
        }

        if (InLogoWall(image))
        {
            return null;
        }

        if (image.Closest("a[href]") is { } link && Href(link) is { } target && WebAddress.Host(target) == _host && WebAddress.IsHome(target))
        {
            return "links to this site's home page";
        }

        if (image.Closest("nav") is not null)
        {
            return "navigation bar";
        }

        if (image.Closest("main, article, table, figure, li, aside") is not null)
        {
            return null;
        }

        if (LogoClass(image))
        {
            return "site logo";
        }

        // A page that opens with a picture of the mark's logo, before any content, wears it as its own.
        return image == FirstBodyImage() && LooksLikeLogo(image) ? "first image of the page" : null;
    }

    private IElement? FirstBodyImage() => _images.FirstOrDefault(i => i.Closest("head") is null);

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

                var anchorWords = string.Join(' ', Text(link, 200), link.GetAttribute("aria-label"), link.GetAttribute("title"),
                    string.Join(' ', link.QuerySelectorAll("img").Take(3).Select(i => i.GetAttribute("alt"))));
                if (ServiceLinks.Kind(target, anchorWords) is { } service)
                {
                    // Starting the owner's sign-in, payment or share flow, or its badge, is its service used as intended.
                    Add(Criteria.X9, mark, Fragment(link), $"The link starts {MarkAt(mark).Name}'s own {service} ({target.AbsolutePath}): its service used as intended.",
                        new() { ["signal"] = service, ["target"] = target.AbsoluteUri });
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

                // Ticketmaster v. Microsoft: the owner's logo as the anchor on a page that sells ads. Without ads a logo
                // link sends the visitor on with nothing taken: lawful linking.
                if (logo is not null && (nearbyAds > 0 || _adUnits.Count > 0))
                {
                    facts["logo"] = logo.GetAttribute("src") ?? string.Empty;
                    Add(Criteria.A8, mark, Fragment(link),
                        $"{MarkAt(mark).Name}'s logo links deep into its site ({target.AbsolutePath}), bypassing the home page, with {nearbyAds} third-party ad(s) nearby and {_adUnits.Count} on the page.", facts);
                }
                else if (logo is null && nearbyAds > 0 && !attributed)
                {
                    Add(Criteria.A8, mark, Fragment(link),
                        $"The text {MarkAt(mark).Name} links deep into its site ({target.AbsolutePath}) beside {nearbyAds} third-party ad(s) without attribution.", facts);
                }
                else
                {
                    Add(Criteria.X9, mark, Fragment(link),
                        $"A {(logo is null ? "plain text" : "logo")} link to {MarkAt(mark).Name} opens its page {target.AbsolutePath} in full with no ads beside it (lawful linking).",
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
            foreach (var mark in _tables.OfficialHosts.OwnersOf(host).Distinct().Order())
            {
                if (_skip[mark] || !_tables.OfficialHosts.Owns(host, mark))
                {
                    continue;
                }

                if (ServiceLinks.IsEmbed(target))
                {
                    // A video player or map the owner publishes for embedding is meant to sit inside other pages.
                    Add(Criteria.X9, mark, StartTag(frame), $"The page embeds {MarkAt(mark).Name}'s published player or map ({target.AbsolutePath}): its embedding service used as intended.",
                        new() { ["signal"] = "embedded player", ["target"] = target.AbsoluteUri });
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
