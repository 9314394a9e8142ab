using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using BrandWatch.Rules.Evidence;

namespace BrandWatch.Rules.Pages;

/// <summary>
/// Which mark the page presents itself as: the brand that dominates its own branding (a logo in the header or drawn
/// as a background, the favicon, the title, a top heading, a logo built by script, the host name), as opposed to a mark that only
/// appears in a sign-in or payment button, a credit, a logo wall or the text. U1, U4 and A10 read the result.
/// </summary>
internal sealed partial class PageAnalysisRun
{
    private static readonly string[] HeaderWords = ["header", "hdr", "masthead", "topbar", "navbar", "banner"];

    private readonly List<IElement> _styleElements = [];
    private readonly List<IElement> _textareas = [];
    private readonly Dictionary<int, BrandPresence> _presence = [];
    private readonly List<ScriptForm> _scriptForms = [];
    private HashSet<int> _presents = [];

    [GeneratedRegex(@"url\(\s*['""]?([^'"")]{1,2048})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex CssUrl();

    [GeneratedRegex(@"'[^'\n]*'|""[^""\n]*""|`[^`]*`", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex StringLiteral();

    [GeneratedRegex(@"\.type\s*=\s*['""]password['""]|setAttribute\(\s*['""]type['""]\s*,\s*['""]password['""]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex ScriptPasswordField();

    /// <summary>How strongly one mark is the page's own branding, and by what.</summary>
    private sealed class BrandPresence
    {
        public int Score { get; set; }

        public bool Visual { get; set; }

        public List<string> Signals { get; } = [];
    }

    /// <summary>Fields of a form that exists only in an inline script's strings, with the marks its markup shows.</summary>
    private sealed record ScriptForm(IElement Script, List<string> Fields, string Evidence);

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

    /// <summary>Title and top headings; then the marks with a visual cue and enough points, keeping only the strongest.</summary>
    private void DecidePresence()
    {
        // The address bar shows the host to every visitor: a mark in the host name is part of what the page looks like.
        var hits = new List<PhraseHit>();
        _tables.MarkPhrases.Scan(TextFolder.Fold(_host), hits);
        var inHost = new HashSet<int>(hits.Select(h => h.Id));
        // A host that glues the mark to other words (wilsoncombatfirearms.com) shows the mark as plainly as one that
        // separates it; the phrase scan needs word boundaries, so a mark label of five letters or more is also looked
        // for in the host's letters (1.8: the mark stays recognisable beside added words).
        var letters = string.Concat(_host.Where(char.IsAsciiLetterOrDigit)).ToLowerInvariant();
        for (var mark = 0; mark < _tables.Marks.Length; mark++)
        {
            foreach (var label in _tables.Marks[mark].Labels)
            {
                if (label.Length >= 5 && System.Text.Ascii.IsValid(label) && letters.Contains(label, StringComparison.Ordinal))
                {
                    inHost.Add(mark);
                    break;
                }
            }
        }

        foreach (var mark in inHost)
        {
            if (!_skip[mark])
            {
                AddPresence(mark, 1, "host name", visual: true);
            }
        }

        foreach (var mark in MarksIn(_title))
        {
            AddPresence(mark, 1, "title", visual: false);
        }

        foreach (var heading in _headings)
        {
            if (heading.LocalName is not ("h1" or "h2") || IsHidden(heading))
            {
                continue;
            }

            var text = Text(heading, 300);
            if (ServiceLinks.BadgePhrase(text) is not null)
            {
                continue;
            }

            foreach (var mark in MarksIn(text))
            {
                AddPresence(mark, 1, "heading", visual: false);
            }
        }

        // A page that disclaims the owner or criticises it says it is not the brand (C1: a clear disclaimer subtracts).
        var disowned = new HashSet<int>();
        var pejorative = new HashSet<int>();
        foreach (var block in _blocks)
        {
            if (block.Signals.Count == 0 || IsHidden(block.Element))
            {
                continue;
            }

            pejorative.UnionWith(Ids(AnalyzerTables.PejorativeList, block));
            if (Ids(AnalyzerTables.DisclaimerList, block).Count > 0)
            {
                disowned.UnionWith(MarksIn(Text(block.Element)));
            }
        }

        var criticism = pejorative.Count >= _options.MinPejorativeWords;
        var candidates = _presence.Where(p => !_skip[p.Key] && !criticism && !disowned.Contains(p.Key) && p.Value.Visual && p.Value.Score >= _options.MinBrandPresence).ToList();
        if (candidates.Count == 0)
        {
            return;
        }

        // A kit copies the buttons and footers of the page it imitates: its target is the brand that dominates, not every mark it shows.
        var best = candidates.Max(p => p.Value.Score);
        _presents = [.. candidates.Where(p => p.Value.Score == best).Select(p => p.Key)];
    }

    private string PresenceText(int mark) => _presence.TryGetValue(mark, out var p) ? string.Join(", ", p.Signals) : string.Empty;

    /// <summary>Marks named in an image file name; a generic-word mark counts there only beside "logo" or "icon" ("apple-logo.svg").</summary>
    private List<int> MarksInFileName(string? reference)
    {
        var name = WebAddress.FileName(reference);
        if (name.Length == 0)
        {
            return [];
        }

        var folded = TextFolder.Fold(name);
        if (!folded.Contains("logo", StringComparison.Ordinal) && !folded.Contains("icon", StringComparison.Ordinal))
        {
            return MarksIn(name);
        }

        var hits = new List<PhraseHit>();
        _tables.MarkPhrases.Scan(folded, hits);
        var found = new List<int>();
        foreach (var hit in hits)
        {
            if (_skip[hit.Id] || found.Contains(hit.Id))
            {
                continue;
            }

            // A generic word counts only right beside "logo" or "icon" ("apple-logo", not "apple-touch-icon").
            var before = folded.AsSpan(0, hit.Start).TrimEnd();
            var after = folded.AsSpan(hit.Start + hit.Length).TrimStart();
            if (!_tables.Marks[hit.Id].GenericWord || before.EndsWith("logo") || after.StartsWith("logo") || after.StartsWith("icon") || after.StartsWith("favicon"))
            {
                found.Add(hit.Id);
            }
        }

        found.Sort();
        return found;
    }

    /// <summary>True inside the page's header: a header or banner element, or a container whose class or id says so.</summary>
    private static bool InHeaderArea(IElement element)
    {
        var level = 0;
        for (var current = element; current is not null && level < 6; current = current.ParentElement, level++)
        {
            if (current.LocalName is "header" || current.GetAttribute("role") == "banner")
            {
                // An article's own header (headline, byline, hero picture) is content, not the site's branding.
                return current.Closest("article, main") is null;
            }

            if (current.LocalName is "main" or "article" or "footer" or "body")
            {
                return false;
            }

            var words = ((current.ClassName ?? string.Empty) + " " + current.Id).ToLowerInvariant();
            if (HeaderWords.Any(w => words.Contains(w, StringComparison.Ordinal)) || words.Split(' ', '-', '_').Any(w => w is "top" or "hd"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The element or one of its two nearest ancestors has a class or id naming it a logo or brand.</summary>
    private static bool LogoClass(IElement element)
    {
        var level = 0;
        for (var current = element; current is not null && level < 3; current = current.ParentElement, level++)
        {
            var words = ((current.ClassName ?? string.Empty) + " " + current.Id).ToLowerInvariant();
            if (words.Contains("logo", StringComparison.Ordinal) || words.Contains("wordmark", StringComparison.Ordinal)
                || words.Split(' ', '-', '_').Any(w => w is "brand" or "brandmark"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A grid of several logos or pictures (partners, integrations, sponsors, accepted payments, a comparison).</summary>
    private static bool InLogoWall(IElement element)
    {
        var level = 0;
        for (var current = element.ParentElement; current is not null && level < 4; current = current.ParentElement, level++)
        {
            if (current.LocalName is "header" or "nav" or "body" or "html" || current.GetAttribute("role") == "banner")
            {
                return false;
            }

            if (current.QuerySelectorAll("img").Length >= 3)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Inside a link or button that starts a provider's service (sign-in, payment, share, store badge).</summary>
    private bool InServiceControl(IElement element)
    {
        var control = element.Closest("a, button");
        if (control is null)
        {
            return false;
        }

        var words = string.Join(' ', Text(control, 200), control.GetAttribute("aria-label"), control.GetAttribute("title"),
            string.Join(' ', control.QuerySelectorAll("img").Take(3).Select(i => i.GetAttribute("alt"))));
        if (ServiceLinks.BadgePhrase(words) is not null)
        {
            return true;
        }

        return control.LocalName == "a" && Href(control) is { } target && ServiceLinks.Kind(target, words) is not null;
    }

    /// <summary>Logos drawn as CSS background images (style blocks and style attributes), the cue of kits that show no logo element.</summary>
    private void DetectBackgroundLogos()
    {
        var seen = new HashSet<int>();
        var rules = 0;
        foreach (var style in _styleElements)
        {
            var css = style.TextContent;
            if (css.Length > _options.MaxScriptChars)
            {
                css = css[.._options.MaxScriptChars];
            }

            foreach (Match match in CssUrl().Matches(css))
            {
                var marks = MarksInFileName(match.Groups[1].Value);
                if (marks.Count == 0)
                {
                    continue;
                }

                // Each rule costs a selector query over the document: a page gets a bounded number of them.
                if (++rules > _options.MaxLogoCandidates)
                {
                    return;
                }

                var open = css.LastIndexOf('{', match.Index);
                var close = open < 0 ? -1 : css.LastIndexOf('}', open);
                var selector = open < 0 ? string.Empty : css[(close + 1)..open].Trim();
                IElement[] elements;
                try
                {
                    elements = selector.Length == 0 || selector.StartsWith('@') ? [] : [.. _document.QuerySelectorAll(selector).Take(5)];
                }
                catch (Exception ex) when (ex is DomException or ArgumentException or InvalidOperationException)
                {
                    continue; // a selector AngleSharp cannot read: the rule applies to nothing we can name
                }

                var end = css.IndexOf('}', match.Index);
                var rule = end < 0 ? css[Math.Max(0, open)..] : css[Math.Max(0, open - selector.Length)..(end + 1)];
                foreach (var element in elements)
                {
                    AddBackgroundLogo(element, marks, rule, match.Groups[1].Value, seen);
                }
            }
        }

        foreach (var element in _document.QuerySelectorAll("[style*='url(']").Take(200))
        {
            foreach (Match match in CssUrl().Matches(element.GetAttribute("style") ?? string.Empty))
            {
                AddBackgroundLogo(element, MarksInFileName(match.Groups[1].Value), StartTag(element), match.Groups[1].Value, seen);
            }
        }
    }

    private void AddBackgroundLogo(IElement element, List<int> marks, string evidence, string url, HashSet<int> seen)
    {
        if (element.Closest("footer") is not null || InServiceControl(element) || IsHidden(element))
        {
            return;
        }

        foreach (var mark in marks)
        {
            // A logo that links to its owner's own site is a credit or a link, not the page's own branding.
            if (InLinkTo(element, mark) || !seen.Add(mark))
            {
                continue;
            }

            AddPresence(mark, 2, "logo drawn as a background image", visual: true);
            Add(Criteria.A12, mark, evidence, $"The page draws {MarkAt(mark).Name}'s logo as a CSS background image as its own branding.",
                new() { ["src"] = url, ["placement"] = "background image", ["element"] = StartTag(element) });
        }
    }

    /// <summary>
    /// Forms built by inline scripts (innerHTML, document.write, createElement): scripts are never run, so their string
    /// literals are read as markup. Fields there are credential fields like any other; logos and headings there are
    /// branding.
    /// </summary>
    private void DetectScriptForms()
    {
        foreach (var script in _scripts)
        {
            if (script.HasAttribute("src"))
            {
                continue;
            }

            var code = script.TextContent;
            if (code.Length > _options.MaxScriptChars)
            {
                code = code[.._options.MaxScriptChars];
            }

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

            var parser = new HtmlParser(PageAnalyzer.ParserOptions(_options.MaxDepth));
            using var built = parser.ParseDocument(markup.ToString().Replace("\\'", "'", StringComparison.Ordinal).Replace("\\\"", "\"", StringComparison.Ordinal));
            foreach (var input in built.QuerySelectorAll("input, textarea").Take(50))
            {
                if (FieldKind(input) is { } kind && !fields.Contains(kind))
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
                var named = MarksIn(string.Join(' ', image.GetAttribute("alt"), image.GetAttribute("title"))).Union(MarksInFileName(src));
                var logoLike = LogoClass(image) || TextFolder.Fold(WebAddress.FileName(src) + " " + image.GetAttribute("alt")).Contains("logo", StringComparison.Ordinal);
                foreach (var mark in logoLike ? named : [])
                {
                    AddPresence(mark, 2, "logo built by script", visual: true);
                }
            }

            foreach (var heading in built.QuerySelectorAll("h1, h2, h3, title").Take(10))
            {
                foreach (var mark in MarksIn(heading.TextContent))
                {
                    AddPresence(mark, 1, "heading built by script", visual: false);
                }
            }

            _scriptForms.Add(new ScriptForm(script, fields, Clip(code)));
        }
    }
}
