using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using BrandWatch.Rules.Domains;
using BrandWatch.Rules.Pages.Visual;

namespace BrandWatch.Rules.Pages;

/// <summary>
/// Which mark the page presents itself as: the brand that dominates its own branding (a logo in the header or drawn
/// as a background, the favicon, the title, a top heading, a logo built by script, the host name), as opposed to a
/// mark that only appears in a sign-in or payment button, a credit, a logo wall or the text. Also the logos the page
/// wears (<see cref="Logos"/>) and the forms its inline scripts build (<see cref="ScriptForms"/>). U1, U4, A10 and
/// A12 read it.
/// </summary>
internal sealed partial class BrandingFacts
{
    private readonly Dictionary<int, BrandPresence> _presence = [];
    private readonly List<LogoSighting> _logos = [];
    private readonly List<ScriptForm> _scriptForms = [];
    private HashSet<int> _presents = [];

    [GeneratedRegex(@"url\(\s*['""]?([^'"")]{1,2048})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex CssUrl();

    [GeneratedRegex(@"'[^'\n]*'|""[^""\n]*""|`[^`]*`", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex StringLiteral();

    [GeneratedRegex(@"\.type\s*=\s*['""]password['""]|setAttribute\(\s*['""]type['""]\s*,\s*['""]password['""]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex ScriptPasswordField();

    /// <summary>Reads the logos and the script-built forms; <see cref="Decide"/> completes the presence once the walk's other facts exist.</summary>
    public BrandingFacts(PageFacts page)
    {
        PageFacts.Guard(() =>
        {
            ReadLogoImages(page);
            ReadFavicons(page);
            ReadBackgroundLogos(page);
        });
        PageFacts.Guard(() => ReadVisualMatches(page));
        PageFacts.Guard(() => ReadScriptForms(page));
    }

    /// <summary>The logos the page wears as its own branding, in document order: images, then favicons, then backgrounds.</summary>
    public IReadOnlyList<LogoSighting> Logos => _logos;

    public IReadOnlyList<ScriptForm> ScriptForms => _scriptForms;

    /// <summary>The marks the page presents itself as (usually none, at most the strongest ones, tied).</summary>
    public IReadOnlySet<int> Presents => _presents;

    /// <summary>The signals of the mark's presence ("logo (page header), favicon, title"), for reasons and facts.</summary>
    public string PresenceText(int mark) => _presence.TryGetValue(mark, out var p) ? string.Join(", ", p.Signals) : string.Empty;

    private void AddPresence(int mark, int points, string signal, bool visual)
    {
        if (!_presence.TryGetValue(mark, out var presence))
        {
            presence = new BrandPresence();
            _presence[mark] = presence;
        }

        if (presence.Signals.Contains(signal))
        {
            return;
        }

        presence.Score += points;
        presence.Visual |= visual;
        presence.Signals.Add(signal);
    }

    private void ReadLogoImages(PageFacts page)
    {
        var candidates = 0;
        foreach (var image in page.Images)
        {
            var marks = LogoMarks(page, image);
            if (marks.Count == 0)
            {
                continue;
            }

            // Placing a logo reads its ancestors' subtrees: a page gets a bounded number of logo images.
            if (++candidates > page.Options.MaxLogoCandidates)
            {
                break;
            }

            foreach (var mark in marks)
            {
                page.OnPage[mark].HasLogo = true;
            }

            var placement = Placement(page, image);
            if (placement is null)
            {
                continue;
            }

            foreach (var mark in marks)
            {
                AddPresence(mark, 2, $"logo ({placement})", visual: true);
                if (page.InLinkTo(image, mark))
                {
                    continue; // a logo linking to the owner is a link (A8/X9), not the page's own branding
                }

                var src = image.GetAttribute("src") ?? string.Empty;
                var hotlinked = page.OnOwnersHost(src, mark);
                _logos.Add(new LogoSighting
                {
                    Mark = mark, Kind = LogoKind.Image, Placement = placement, Src = src, Hotlinked = hotlinked, Evidence = PageMarkup.StartTag(image),
                });
            }
        }
    }

    private void ReadFavicons(PageFacts page)
    {
        foreach (var icon in page.Icons)
        {
            var href = icon.GetAttribute("href");
            var uri = WebAddress.Resolve(page.Base, href);
            var named = page.MarksInFileName(href);
            var owners = uri is null ? [] : page.Tables.OfficialHosts.OwnersOf(WebAddress.Host(uri));
            foreach (var mark in named.Union(owners).Distinct().Order())
            {
                if (page.Skip[mark])
                {
                    continue;
                }

                var official = uri is not null && page.Tables.OfficialHosts.Owns(WebAddress.Host(uri), mark);
                if (official || named.Contains(mark))
                {
                    page.OnPage[mark].HasLogo = true;
                    AddPresence(mark, 1, "favicon", visual: true);
                    _logos.Add(new LogoSighting
                    {
                        Mark = mark, Kind = LogoKind.Favicon, Placement = "favicon", Src = href ?? string.Empty, Hotlinked = official, Evidence = PageMarkup.StartTag(icon),
                    });
                }
            }
        }
    }

    /// <summary>
    /// Fetched images whose pixels match a mark's reference logo or favicon: an icon is the favicon, an og:image the
    /// share picture, an <c>img</c> counts where it is placed as branding (never in a logo wall, a footer or a button).
    /// </summary>
    private void ReadVisualMatches(PageFacts page)
    {
        foreach (var match in page.VisualMatches)
        {
            var mark = match.Mark;
            var url = match.Image.Url;
            var hotlinked = page.Tables.OfficialHosts.Owns(WebAddress.Host(url), mark);
            switch (match.Image.Role)
            {
                case PageImageRole.Favicon or PageImageRole.TouchIcon:
                    page.OnPage[mark].HasLogo = true;
                    AddPresence(mark, 1, "favicon", visual: true);
                    if (!_logos.Any(l => l.Mark == mark && l.Kind == LogoKind.Favicon))
                    {
                        var link = page.Icons.FirstOrDefault(i => WebAddress.Resolve(page.Base, i.GetAttribute("href")) == url)
                            ?? page.Document.QuerySelectorAll("link[rel~='apple-touch-icon']").FirstOrDefault(i => WebAddress.Resolve(page.Base, i.GetAttribute("href")) == url);
                        _logos.Add(new LogoSighting
                        {
                            Mark = mark, Kind = LogoKind.Favicon, Placement = match.Image.Role == PageImageRole.TouchIcon ? "touch icon" : "favicon",
                            Src = url.AbsoluteUri, Hotlinked = hotlinked, Visual = match,
                            Evidence = link is not null ? PageMarkup.StartTag(link) : $"{url.AbsoluteUri} (the favicon browsers fetch when a page declares none)",
                        });
                    }

                    break;
                case PageImageRole.ShareImage:
                    AddPresence(mark, 1, "share image (og:image)", visual: false);
                    break;
                default:
                    foreach (var image in page.Images.Where(i => page.VisualMatchesOf(i).Contains(match)).Take(5))
                    {
                        page.OnPage[mark].HasLogo = true;
                        var placement = Placement(page, image);
                        if (placement is null)
                        {
                            continue; // a logo wall, a footer credit, a sign-in or payment button: the picture names, it does not brand
                        }

                        AddPresence(mark, 2, $"logo ({placement})", visual: true);
                        var tag = PageMarkup.StartTag(image);
                        if (page.InLinkTo(image, mark) || _logos.Any(l => l.Mark == mark && l.Kind == LogoKind.Image && l.Evidence == tag))
                        {
                            continue;
                        }

                        _logos.Add(new LogoSighting
                        {
                            Mark = mark, Kind = LogoKind.Image, Placement = placement, Src = image.GetAttribute("src") ?? url.AbsoluteUri, Hotlinked = hotlinked,
                            Evidence = tag, Visual = match,
                        });
                    }

                    break;
            }
        }
    }

    /// <summary>Marks whose logo the image is: named in its text or file name, or served from the owner's domain, and styled or placed as a logo.</summary>
    private static List<int> LogoMarks(PageFacts page, IElement image)
    {
        var src = image.GetAttribute("src") ?? image.GetAttribute("data-src");
        var uri = WebAddress.Resolve(page.Base, src);
        var host = uri is null ? null : WebAddress.Host(uri);
        var named = page.MarksIn(string.Join(' ', image.GetAttribute("alt"), image.GetAttribute("title"))).Union(page.MarksInFileName(src)).ToList();
        var logoLike = PageMarkup.LooksLikeLogo(image) || PageMarkup.InHeaderArea(image) || image.Closest("nav") is not null;
        var marks = new List<int>();
        var owners = host is null ? [] : page.Tables.OfficialHosts.OwnersOf(host);
        foreach (var mark in named.Union(owners).Distinct().Order())
        {
            if (page.Skip[mark])
            {
                continue;
            }

            var fromOwner = host is not null && page.Tables.OfficialHosts.Owns(host, mark);
            if ((fromOwner && (logoLike || named.Contains(mark))) || (named.Contains(mark) && logoLike))
            {
                marks.Add(mark);
            }
        }

        return marks;
    }

    /// <summary>
    /// Where an image serves as the page's own branding, or null when it is a picture in the content: a logo wall
    /// (partners, integrations, accepted payments), a footer credit, a sign-in, payment, share or store badge.
    /// </summary>
    public static string? Placement(PageFacts page, IElement image)
    {
        if (image.Closest("footer") is not null || page.InServiceControl(image) || InBadgeLine(image))
        {
            return null;
        }

        if (PageMarkup.InHeaderArea(image))
        {
            return "page header";
        }

        if (PageMarkup.InLogoWall(image))
        {
            return null;
        }

        if (image.Closest("a[href]") is { } link && page.Href(link) is { } target && WebAddress.Host(target) == page.Host && WebAddress.IsHome(target))
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

        if (PageMarkup.LogoClass(image))
        {
            return "site logo";
        }

        // A page that opens with a picture of the mark's logo, before any content, wears it as its own, unless its title
        // names the site it belongs to and that site is no mark ("Netflix not working? Fix it - TechHelp"): an article's
        // picture of what it is about.
        return image == page.Images.FirstOrDefault(i => i.Closest("head") is null) && PageMarkup.LooksLikeLogo(image) && !TitleNamesAnotherSite(page)
            ? "first image of the page"
            : null;
    }

    private static readonly string[] TitleSeparators = [" - ", " | ", " – ", " — ", " · ", " :: "];

    /// <summary>
    /// The title reads "page - site": it ends with a site's name that names none of the marks ("How to set up PayPal on
    /// your shop - ShopTips blog"), and does not open with a mark the way a kit names itself first ("Air France -
    /// Customer survey", "Microsoft Support — call now").
    /// </summary>
    private static bool TitleNamesAnotherSite(PageFacts page)
    {
        var title = page.Title;
        var at = -1;
        var width = 0;
        foreach (var separator in TitleSeparators)
        {
            var found = title.LastIndexOf(separator, StringComparison.Ordinal);
            if (found > at)
            {
                (at, width) = (found, separator.Length);
            }
        }

        if (at <= 0)
        {
            return false;
        }

        var site = title[(at + width)..].Trim();
        if (site.Length is 0 or > 40 || page.MarksIn(site).Count > 0)
        {
            return false;
        }

        // A kit's title starts with the brand it imitates: a mark among the first segment's first three words.
        var opening = string.Join(' ', title[..at].Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(3));
        return page.MarksIn(opening).Count == 0;
    }

    /// <summary>
    /// The image (or an element drawing the logo as its background) sits in a short line of text (inline elements, a
    /// paragraph or a label; no forms or links; eighty characters once its indentation is collapsed) that offers the
    /// brand as a service, not in a link or button of its own: a shop's "Or pay with [PayPal]" beside its card form,
    /// "Sign in with [Apple]" as plain text or a script-driven option. A page that names the brand that way is another
    /// brand's page.
    /// </summary>
    private static bool InBadgeLine(IElement image) =>
        image.ParentElement is { } line && line.LocalName is not ("body" or "header" or "nav")
        && line.Children.All(child => child.LocalName is "img" or "span" or "b" or "strong" or "em" or "small" or "i" or "svg" or "br" or "p" or "label")
        && string.Join(' ', PageMarkup.Text(line, 400).Split((char[])[' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries)) is { Length: <= 80 } text
        && ServiceLinks.BadgePhrase(string.Join(' ', text, image.GetAttribute("alt"))) is not null;

    /// <summary>Logos drawn as CSS background images (style blocks and style attributes), the cue of kits that show no logo element.</summary>
    private void ReadBackgroundLogos(PageFacts page)
    {
        var seen = new HashSet<int>();
        var rules = 0;
        foreach (var style in page.StyleElements)
        {
            var css = PageMarkup.RawText(style);
            if (css.Length > page.Options.MaxScriptChars)
            {
                css = css[..page.Options.MaxScriptChars];
            }

            foreach (Match match in CssUrl().Matches(css))
            {
                var marks = page.MarksInFileName(match.Groups[1].Value);
                if (marks.Count == 0)
                {
                    continue;
                }

                // Each rule costs a selector query over the document: a page gets a bounded number of them.
                if (++rules > page.Options.MaxLogoCandidates)
                {
                    return;
                }

                var open = css.LastIndexOf('{', match.Index);
                var close = open < 0 ? -1 : css.LastIndexOf('}', open);
                var selector = open < 0 ? string.Empty : css[(close + 1)..open].Trim();
                IElement[] elements;
                try
                {
                    elements = selector.Length == 0 || selector.StartsWith('@') ? [] : [.. page.Document.QuerySelectorAll(selector).Take(5)];
                }
                catch (Exception ex) when (ex is DomException or ArgumentException or InvalidOperationException)
                {
                    continue; // a selector AngleSharp cannot read: the rule applies to nothing we can name
                }

                var end = css.IndexOf('}', match.Index);
                var rule = end < 0 ? css[Math.Max(0, open)..] : css[Math.Max(0, open - selector.Length)..(end + 1)];
                foreach (var element in elements)
                {
                    AddBackgroundLogo(page, element, marks, rule, match.Groups[1].Value, seen);
                }
            }
        }

        foreach (var element in page.Document.QuerySelectorAll("[style*='url(']").Take(200))
        {
            foreach (Match match in CssUrl().Matches(element.GetAttribute("style") ?? string.Empty))
            {
                AddBackgroundLogo(page, element, page.MarksInFileName(match.Groups[1].Value), PageMarkup.StartTag(element), match.Groups[1].Value, seen);
            }
        }
    }

    private void AddBackgroundLogo(PageFacts page, IElement element, List<int> marks, string evidence, string url, HashSet<int> seen)
    {
        if (element.Closest("footer") is not null || page.InServiceControl(element) || InBadgeLine(element) || page.IsHidden(element))
        {
            return;
        }

        foreach (var mark in marks)
        {
            // A logo that links to its owner's own site is a credit or a link, not the page's own branding.
            if (page.InLinkTo(element, mark) || !seen.Add(mark))
            {
                continue;
            }

            AddPresence(mark, 2, "logo drawn as a background image", visual: true);
            _logos.Add(new LogoSighting
            {
                Mark = mark, Kind = LogoKind.Background, Placement = "background image", Src = url, Evidence = evidence, Element = PageMarkup.StartTag(element),
            });
        }
    }

    /// <summary>
    /// Forms built by inline scripts (innerHTML, document.write, createElement): scripts are never run, so their string
    /// literals are read as markup. Fields there are credential fields like any other; logos and headings there are
    /// branding.
    /// </summary>
    private void ReadScriptForms(PageFacts page)
    {
        var options = page.Options;
        foreach (var script in page.Scripts)
        {
            if (script.HasAttribute("src"))
            {
                continue;
            }

            var code = page.ScriptCode(script);

            var builds = code.Contains("<input", StringComparison.OrdinalIgnoreCase) || code.Contains("createElement", StringComparison.Ordinal);
            if (!builds)
            {
                continue;
            }

            var markup = new System.Text.StringBuilder();
            foreach (Match literal in StringLiteral().Matches(code))
            {
                if (literal.Length > 2 && literal.Value.Contains('<', StringComparison.Ordinal))
                {
                    markup.Append(literal.Value.AsSpan(1, literal.Length - 2));
                }
            }

            var fields = new List<string>();
            if (ScriptPasswordField().IsMatch(code))
            {
                fields.Add("password");
            }

            if (markup.Length == 0 && fields.Count == 0)
            {
                continue;
            }

            var parser = new HtmlParser(PageAnalyzer.ParserOptions(options.MaxDepth));
            using var built = parser.ParseDocument(markup.ToString().Replace("\\'", "'", StringComparison.Ordinal).Replace("\\\"", "\"", StringComparison.Ordinal));
            foreach (var input in built.QuerySelectorAll("input, textarea").Take(50))
            {
                if (CredentialFields.Kind(input, options) is { } kind && !fields.Contains(kind))
                {
                    fields.Add(kind);
                }
            }

            if (fields.Count == 0)
            {
                continue;
            }

            foreach (var image in built.QuerySelectorAll("img").Take(20))
            {
                var src = image.GetAttribute("src");
                var named = page.MarksIn(string.Join(' ', image.GetAttribute("alt"), image.GetAttribute("title"))).Union(page.MarksInFileName(src));
                var logoLike = PageMarkup.LogoClass(image) || TextFolder.Fold(WebAddress.FileName(src) + " " + image.GetAttribute("alt")).Contains("logo", StringComparison.Ordinal);
                foreach (var mark in logoLike ? named : [])
                {
                    AddPresence(mark, 2, "logo built by script", visual: true);
                }
            }

            foreach (var heading in built.QuerySelectorAll("h1, h2, h3, title").Take(10))
            {
                foreach (var mark in page.MarksIn(heading.TextContent))
                {
                    AddPresence(mark, 1, "heading built by script", visual: false);
                }
            }

            _scriptForms.Add(new ScriptForm(script, fields, PageMarkup.Clip(code, options.MaxEvidenceChars)));
        }
    }

    /// <summary>The host without its public suffix (paypal-login for paypal-login.github.io); an address or a bare suffix as it is.</summary>
    internal static string SiteName(string host)
    {
        if (host.Length == 0 || host.Contains(':', StringComparison.Ordinal) || host.All(ch => char.IsAsciiDigit(ch) || ch == '.'))
        {
            return host;
        }

        return PublicSuffixList.Default.GetPublicSuffix(host) is { } suffix && host.Length > suffix.Length + 1 && host.EndsWith("." + suffix, StringComparison.Ordinal)
            ? host[..^(suffix.Length + 1)]
            : host;
    }

    /// <summary>Title and top headings; then the marks with a visual cue and enough points, keeping only the strongest.</summary>
    public void Decide(PageFacts page)
    {
        // The address bar shows the host to every visitor: a mark in the host name is part of what the page looks like.
        // Only the labels before the public suffix name the site: the suffix is the registry's or the hosting
        // platform's (a project page on github.io, a shop on myshopify.com), the same for every site under it.
        var siteName = SiteName(page.Host);
        var hits = new List<PhraseHit>();
        page.Tables.MarkPhrases.Scan(TextFolder.Fold(siteName), hits);
        var inHost = new HashSet<int>(hits.Select(h => h.Id));
        // A host that glues the mark to other words (wilsoncombatfirearms.com) shows the mark as plainly as one that
        // separates it; the phrase scan needs word boundaries, so a mark label of five letters or more is also looked
        // for in the host's letters (1.8: the mark stays recognisable beside added words).
        var letters = string.Concat(siteName.Where(char.IsAsciiLetterOrDigit)).ToLowerInvariant();
        var glued = new HashSet<int>();
        page.Tables.GluedLabels.Find(letters, glued);
        inHost.UnionWith(glued.Order());

        foreach (var mark in inHost)
        {
            if (!page.Skip[mark])
            {
                AddPresence(mark, 1, "host name", visual: true);
            }
        }

        foreach (var mark in page.MarksIn(page.Title))
        {
            AddPresence(mark, 1, "title", visual: false);
        }

        foreach (var heading in page.Headings)
        {
            if (heading.LocalName is not ("h1" or "h2") || page.IsHidden(heading))
            {
                continue;
            }

            var text = PageMarkup.Text(heading, 300);
            if (ServiceLinks.BadgePhrase(text) is not null)
            {
                continue;
            }

            foreach (var mark in page.MarksIn(text))
            {
                AddPresence(mark, 1, "heading", visual: false);
            }
        }

        // A credential form that asks for the brand's own account poses as the brand's sign-in page: as strong a cue as
        // its logo, and one a saved copy keeps when its pictures and style sheets are gone.
        foreach (var (mark, signal) in AccountSignIn.Claims(page))
        {
            AddPresence(mark, 2, signal, visual: true);
        }

        bool Eligible(KeyValuePair<int, BrandPresence> p) => !page.Skip[p.Key] && p.Value.Visual && p.Value.Score >= page.Options.MinBrandPresence;
        if (!_presence.Any(Eligible))
        {
            // No mark is shown strongly enough: the disclaimers and criticism below (which cost a style look-up per block) cannot matter.
            return;
        }

        // A page that disclaims the owner or criticises it says it is not the brand (C1: a clear disclaimer subtracts).
        var disowned = new HashSet<int>();
        var pejorative = new HashSet<int>();
        foreach (var block in page.Blocks)
        {
            if (block.Signals.Count == 0 || page.IsHidden(block.Element))
            {
                continue;
            }

            pejorative.UnionWith(PageFacts.Ids(AnalyzerTables.PejorativeList, block));
            if (PageFacts.Ids(AnalyzerTables.DisclaimerList, block).Count > 0)
            {
                disowned.UnionWith(page.MarksIn(PageMarkup.Text(block.Element)));
            }
        }

        var criticism = pejorative.Count >= page.Options.MinPejorativeWords;
        var candidates = _presence.Where(p => Eligible(p) && !criticism && !disowned.Contains(p.Key)).ToList();
        if (candidates.Count == 0)
        {
            return;
        }

        // A kit copies the buttons and footers of the page it imitates: its target is the brand that dominates, not every mark it shows.
        var best = candidates.Max(p => p.Value.Score);
        _presents = [.. candidates.Where(p => p.Value.Score == best).Select(p => p.Key)];
    }
}
