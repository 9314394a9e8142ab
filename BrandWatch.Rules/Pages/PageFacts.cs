using System.Buffers;
using System.Text.RegularExpressions;
using AngleSharp.Css;
using AngleSharp.Dom;
using BrandWatch.Rules.Marks;
using BrandWatch.Rules.Pages.Visual;

namespace BrandWatch.Rules.Pages;

/// <summary>
/// What one bounded, iterative walk of a parsed page finds: the marks' occurrences (visible and hidden), the links,
/// images, frames, forms, metadata, scripts, icons, ad slots and text blocks with their signal phrases, and then the
/// derived facts every detector reads: which brand the page presents itself as (<see cref="Branding"/>) and where
/// its metadata names marks (<see cref="Metadata"/>). Built once per page; the detectors only read it.
/// </summary>
internal sealed class PageFacts : IDisposable
{
    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "header", "footer",
        "main", "aside", "nav", "blockquote", "dd", "dt", "form", "body", "figcaption", "caption", "button", "label",
        "pre", "address", "summary", "details", "table", "ul", "ol", "center", "fieldset", "legend", "option", "select",
    };

    private readonly PageAnalysisOptions _options;
    private readonly StyleInspector _styles;
    private readonly List<IElement> _links = [];
    private readonly List<IElement> _images = [];
    private readonly List<IElement> _frames = [];
    private readonly List<IElement> _forms = [];
    private readonly List<IElement> _looseInputs = [];
    private readonly List<IElement> _metas = [];
    private readonly List<IElement> _scripts = [];
    private readonly List<IElement> _icons = [];
    private readonly List<IElement> _styleElements = [];
    private readonly List<IElement> _textareas = [];
    private readonly List<IElement> _adUnits = [];
    private readonly HashSet<IElement> _adSet = new(ReferenceEqualityComparer.Instance);
    private readonly List<TextBlock> _blocks = [];
    private readonly Dictionary<IElement, Uri?> _hrefs = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<IElement, string> _scriptCode = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<IElement, List<(string Reference, string Evidence)>> _scriptRedirects = new(ReferenceEqualityComparer.Instance);
    private readonly List<IElement> _headings = [];
    private readonly List<(TextBlock Block, int Start, int Length)> _segments = [];
    private char[] _pageText = ArrayPool<char>.Shared.Rent(16 * 1024);
    private int _pageTextLength;
    private IElement? _baseElement;
    private bool _frameset;
    private int _words;
    private PageSignals? _signals;
    private char[] _buffer = ArrayPool<char>.Shared.Rent(4096);

    public PageFacts(AnalyzerTables tables, IDocument document, Uri url, IRenderDevice device, IReadOnlyList<PageImage> images)
    {
        Tables = tables;
        _options = tables.Options;
        Document = document;
        Url = url;
        Base = url;
        Host = WebAddress.Host(url);
        _styles = new StyleInspector(document, device, _options);
        // The owner's own pages use its mark by right: nothing to report for that mark there.
        Skip = new MarkSet(tables.OfficialHosts.OwnersOf(Host));

        Walk();
        Title = document.Title ?? string.Empty;
        if (_baseElement?.GetAttribute("href") is { } baseHref && WebAddress.Resolve(url, baseHref) is { } declared)
        {
            Base = declared;
        }

        ScanBlocks();
        MeasureHiddenText();
        VisualMatches = images.Count == 0 ? [] : tables.Visual.Match(images, Skip);
        ArrayPool<char>.Shared.Return(_buffer);
        _buffer = [];

        // The derived facts, in the order their style look-ups have always been made (the style budget is shared).
        Branding = new BrandingFacts(this);
        Metadata = new MetadataFacts(this);
        Guard(() => Branding.Decide(this));
    }

    public AnalyzerTables Tables { get; }

    public PageAnalysisOptions Options => _options;

    public IDocument Document { get; }

    /// <summary>The address the page was fetched from.</summary>
    public Uri Url { get; }

    /// <summary>The address links resolve against: the page's &lt;base href&gt; when it declares one, else <see cref="Url"/>.</summary>
    public Uri Base { get; private set; }

    public string Host { get; }

    /// <summary>The marks whose owner runs this host: never reported here.</summary>
    public MarkSet Skip { get; }

    /// <summary>What the page shows of each mark it names.</summary>
    public MarkTable OnPage { get; } = new();

    public string Title { get; }

    /// <summary>Words of the page's visible text.</summary>
    public int Words => _words;

    public bool Frameset => _frameset;

    public IReadOnlyList<IElement> Links => _links;

    public IReadOnlyList<IElement> Images => _images;

    public IReadOnlyList<IElement> Frames => _frames;

    public IReadOnlyList<IElement> Forms => _forms;

    /// <summary>Inputs outside any form.</summary>
    public IReadOnlyList<IElement> LooseInputs => _looseInputs;

    public IReadOnlyList<IElement> Textareas => _textareas;

    public IReadOnlyList<IElement> Metas => _metas;

    public IReadOnlyList<IElement> Scripts => _scripts;

    public IReadOnlyList<IElement> Icons => _icons;

    public IReadOnlyList<IElement> StyleElements => _styleElements;

    /// <summary>Third-party ad slots, each counted once (not again for the iframe or script inside it).</summary>
    public IReadOnlyList<IElement> AdUnits => _adUnits;

    public IReadOnlyList<TextBlock> Blocks => _blocks;

    /// <summary>The first twenty h1, h2 and h3 elements.</summary>
    public IReadOnlyList<IElement> Headings => _headings;

    /// <summary>Runs of folded page text, each in one block, in document order (see <see cref="SegmentText"/>).</summary>
    public IReadOnlyList<(TextBlock Block, int Start, int Length)> Segments => _segments;

    /// <summary>The page's fetched images that look like a mark's reference logo or favicon.</summary>
    public IReadOnlyList<VisualMatch> VisualMatches { get; }

    /// <summary>The visual matches of an <c>img</c> element (by its resolved src or data-src).</summary>
    public IEnumerable<VisualMatch> VisualMatchesOf(IElement image)
    {
        if (VisualMatches.Count == 0)
        {
            return [];
        }

        var src = WebAddress.Resolve(Base, image.GetAttribute("src") ?? image.GetAttribute("data-src"));
        return src is null ? [] : VisualMatches.Where(m => m.Image.Role == PageImageRole.Image && m.Image.Url == src);
    }

    /// <summary>Which brand the page presents itself as, and the logos and favicons that show it.</summary>
    public BrandingFacts Branding { get; }

    /// <summary>Where the title, meta tags and image texts name marks.</summary>
    public MetadataFacts Metadata { get; }

    /// <summary>The fair-use and shop signals of the blocks, read when a detector first asks for them.</summary>
    public PageSignals Signals => _signals ??= new PageSignals(this);

    public ReadOnlySpan<char> SegmentText(int start, int length) => _pageText.AsSpan(start, length);

    public bool IsAdUnit(IElement element) => _adSet.Contains(element);

    public void Dispose()
    {
        ArrayPool<char>.Shared.Return(_pageText);
        _pageText = [];
        if (_buffer.Length > 0)
        {
            ArrayPool<char>.Shared.Return(_buffer);
            _buffer = [];
        }
    }

    private void Walk()
    {
        if (Document.DocumentElement is not { } root)
        {
            return;
        }

        var map = new List<int>();
        var hits = new List<PhraseHit>();

        // Each entry carries the slot of its nearest block ancestor, so text finds its block without a lookup table
        // (per-element tables grow into the large-object heap on big pages and cost full collections).
        var stack = new Stack<(INode Node, int Depth, bool InHead, BlockSlot Slot)>();
        stack.Push((root, 0, false, new BlockSlot(root)));
        var elements = 0;
        while (stack.Count > 0)
        {
            var (node, depth, inHead, slot) = stack.Pop();
            if (node is IText textNode)
            {
                if (!inHead && textNode.ParentElement is { } parent)
                {
                    ReadText(textNode.Data, parent, slot, map, hits);
                }

                continue;
            }

            if (node is not IElement element)
            {
                continue;
            }

            if (++elements > _options.MaxElements || depth > _options.MaxDepth)
            {
                continue;
            }

            var descend = Collect(element);
            if (!descend)
            {
                continue;
            }

            var childInHead = inHead || element.LocalName == "head";
            var childSlot = BlockTags.Contains(element.LocalName) ? new BlockSlot(element) : slot;
            // Index the child list: a sibling step in AngleSharp searches the parent's children (quadratic on wide nodes).
            var children = element.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--)
            {
                if (children[i] is IElement or IText)
                {
                    stack.Push((children[i], depth + 1, childInHead, childSlot));
                }
            }
        }
    }

    /// <summary>Files an element under what it is; false when its content is not page text (scripts, styles).</summary>
    private bool Collect(IElement element)
    {
        switch (element.LocalName)
        {
            case "script":
                if (_scripts.Count < _options.MaxScripts)
                {
                    _scripts.Add(element);
                }

                CheckAd(element);
                return false;
            case "style":
                _styleElements.Add(element);
                return false;
            case "textarea":
                _textareas.Add(element);
                return false;
            case "template":
                return false;
            case "a" or "area" when element.HasAttribute("href"):
                _links.Add(element);
                break;
            case "img":
                _images.Add(element);
                break;
            case "iframe" or "frame":
                _frames.Add(element);
                break;
            case "form":
                _forms.Add(element);
                break;
            case "input" when element.Closest("form") is null:
                _looseInputs.Add(element);
                break;
            case "meta":
                _metas.Add(element);
                break;
            case "base" when _baseElement is null && element.HasAttribute("href"):
                _baseElement = element;
                break;
            case "h1" or "h2" or "h3" when _headings.Count < 20:
                _headings.Add(element);
                break;
            case "frameset":
                _frameset = true;
                break;
            case "link" when (element.GetAttribute("rel") ?? string.Empty).Contains("icon", StringComparison.OrdinalIgnoreCase):
                _icons.Add(element);
                break;
        }

        CheckAd(element);
        return true;
    }

    private void CheckAd(IElement element)
    {
        if (!IsAd(element))
        {
            return;
        }

        // Count an ad slot once: not again for the iframe or script inside it.
        var ancestor = element.ParentElement;
        for (var level = 0; ancestor is not null && level < 6; level++, ancestor = ancestor.ParentElement)
        {
            if (_adSet.Contains(ancestor))
            {
                return;
            }
        }

        _adUnits.Add(element);
        _adSet.Add(element);
    }

    private bool IsAd(IElement element)
    {
        foreach (var attribute in element.Attributes)
        {
            if (attribute.Name is "src" or "href" or "data-src" or "action"
                && WebAddress.QuickHost(attribute.Value) is { Length: > 0 } host && Tables.AdHosts.Contains(host))
            {
                return true;
            }
        }

        return HasAdWord(element.GetAttribute("class")) || HasAdWord(element.GetAttribute("id")) || IsCaptionedAd(element);
    }

    /// <summary>A block of links whose preceding sibling is nothing but an advertising caption ("Sponsored links").</summary>
    private bool IsCaptionedAd(IElement element)
    {
        if (element.LocalName is not ("ul" or "ol" or "div" or "table" or "section" or "aside" or "p" or "dl")
            || element.PreviousElementSibling is not { } caption
            || caption.LocalName is not ("h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "p" or "span" or "div" or "small" or "strong" or "b" or "em" or "dt" or "legend")
            || caption.ChildElementCount > 1 || caption.FirstElementChild?.ChildElementCount > 0)
        {
            return false;
        }

        var text = caption.TextContent;
        if (text.Length > 40)
        {
            return false;
        }

        var words = text.Split((char[])[' ', '\t', '\n', '\r', '\u00a0', ':', '|', '-', '\u2013', '\u00b7'], StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0 && Tables.AdCaptions.Contains(string.Join(' ', words)) && element.QuerySelector("a[href]") is not null;
    }

    private bool HasAdWord(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return false;
        }

        var words = Tables.AdClassWords.GetAlternateLookup<ReadOnlySpan<char>>();
        var afterAdWord = false;
        foreach (var range in value.AsSpan().SplitAny(" -_\t\n"))
        {
            var word = value.AsSpan()[range];
            if (word.IsEmpty)
            {
                continue;
            }

            // "ad-free", "ad-blocker": a class that says there is no ad.
            if (afterAdWord)
            {
                if (!word.Equals("free", StringComparison.OrdinalIgnoreCase) && !word.StartsWith("block", StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }

                afterAdWord = false;
                continue;
            }

            afterAdWord = words.Contains(word);
        }

        return afterAdWord;
    }

    private void ReadText(string text, IElement parent, BlockSlot slot, List<int> map, List<PhraseHit> hits)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        var block = slot.Block ??= NewBlock(slot.Element);
        map.Clear();
        hits.Clear();
        var length = TextFolder.FoldInto(text, ref _buffer, null);
        var folded = _buffer.AsSpan(0, length);
        AppendSegment(block, folded);
        var words = TextFolder.CountWords(folded);
        _words += words;
        block.Words += words;
        Tables.MarkPhrases.Scan(folded, hits);
        if (hits.Count == 0)
        {
            return;
        }

        // Most text names no mark: only now pay for the index map that snippets and capitalisation need.
        hits.Clear();
        length = TextFolder.FoldInto(text, ref _buffer, map);
        Tables.MarkPhrases.Scan(_buffer.AsSpan(0, length), hits, text, map);
        foreach (var hit in hits)
        {
            var onPage = OnPage[hit.Id];
            onPage.Occurrences++;
            onPage.BlockOccurrences[block] = onPage.BlockOccurrences.GetValueOrDefault(block) + 1;
            if (onPage.TextHits.Count > 0 && onPage.TextHits[^1].Element == parent)
            {
                onPage.TextHits[^1].Count++;
            }
            else if (onPage.TextHits.Count < 256)
            {
                onPage.TextHits.Add(new TextHitGroup(parent, PageMarkup.Snippet(text, map[hit.Start], map[hit.Start + hit.Length - 1] + 1)));
            }
        }
    }

    /// <summary>Adds folded text to the page text, extending the current segment while the block stays the same.</summary>
    private void AppendSegment(TextBlock block, ReadOnlySpan<char> folded)
    {
        if (folded.IsEmpty)
        {
            return;
        }

        var needed = _pageTextLength + folded.Length + 1;
        if (needed > _pageText.Length)
        {
            var larger = ArrayPool<char>.Shared.Rent(Math.Max(needed, _pageText.Length * 2));
            _pageText.AsSpan(0, _pageTextLength).CopyTo(larger);
            ArrayPool<char>.Shared.Return(_pageText);
            _pageText = larger;
        }

        if (_segments.Count > 0 && _segments[^1].Block == block)
        {
            _pageText[_pageTextLength++] = ' ';
            folded.CopyTo(_pageText.AsSpan(_pageTextLength));
            _pageTextLength += folded.Length;
            var last = _segments[^1];
            _segments[^1] = last with { Length = _pageTextLength - last.Start };
            return;
        }

        folded.CopyTo(_pageText.AsSpan(_pageTextLength));
        _segments.Add((block, _pageTextLength, folded.Length));
        _pageTextLength += folded.Length;
    }

    private TextBlock NewBlock(IElement element)
    {
        var block = new TextBlock(element, _blocks.Count);
        _blocks.Add(block);
        return block;
    }

    /// <summary>Runs every phrase list over each block once; the detectors read <see cref="TextBlock.Signals"/>.</summary>
    private void ScanBlocks()
    {
        var hits = new List<PhraseHit>();
        foreach (var (block, start, length) in _segments)
        {
            hits.Clear();
            Tables.Signals.Scan(_pageText.AsSpan(start, length), hits);
            foreach (var hit in hits)
            {
                if (!block.Signals.Contains(hit.Id))
                {
                    block.Signals.Add(hit.Id);
                }
            }
        }
    }

    /// <summary>Whether the block holds a phrase of the option list <paramref name="list"/>; <see cref="Ids(int, TextBlock)"/> without the list.</summary>
    public static bool Has(int list, TextBlock block)
    {
        foreach (var id in block.Signals)
        {
            if (id / AnalyzerTables.SignalListSize == list)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Indexes into the option list <paramref name="list"/> of the phrases found in the block.</summary>
    public static List<int> Ids(int list, TextBlock block)
    {
        if (block.Signals.Count == 0)
        {
            return [];
        }

        var found = new List<int>();
        foreach (var id in block.Signals)
        {
            if (id / AnalyzerTables.SignalListSize == list)
            {
                found.Add(id % AnalyzerTables.SignalListSize);
            }
        }

        return found;
    }

    /// <summary>Decides, from computed styles, which of the text hits of each mark a reader cannot see.</summary>
    private void MeasureHiddenText()
    {
        var techniques = new Dictionary<IElement, string?>(ReferenceEqualityComparer.Instance);
        foreach (var i in OnPage.Seen)
        {
            if (Skip[i])
            {
                continue;
            }

            var onPage = OnPage[i];
            foreach (var group in onPage.TextHits)
            {
                if (!techniques.TryGetValue(group.Element, out var technique))
                {
                    // An SVG's title or description is the icon's accessible name (a tooltip, what a screen reader says),
                    // not text hidden from the reader, whatever the user-agent sheet makes of a title element.
                    technique = IsSvgLabel(group.Element) ? null : _styles.HiddenTechnique(group.Element);
                    techniques[group.Element] = technique;
                }

                if (technique is not null)
                {
                    onPage.HiddenOccurrences += group.Count;
                    var index = onPage.Hidden.FindIndex(h => h.Technique == technique);
                    if (index < 0)
                    {
                        onPage.Hidden.Add((technique, group.Element, group.Count));
                    }
                    else
                    {
                        onPage.Hidden[index] = onPage.Hidden[index] with { Count = onPage.Hidden[index].Count + group.Count };
                    }
                }
            }
        }
    }

    /// <summary>Runs one reader or detector on its own: one that fails on hostile markup loses only its own results.</summary>
    public static void Guard(Action action)
    {
        try
        {
            action();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The page stays analysed: this part's results are lost, the others' are kept.
        }
    }

    public bool IsHidden(IElement element) => _styles.HiddenTechnique(element) is not null;

    private static bool IsSvgLabel(IElement element) =>
        element.LocalName is "title" or "desc" && element.NamespaceUri == AngleSharp.Dom.NamespaceNames.SvgUri;

    /// <summary>The text folded, and every mark phrase found in it (skipped marks too), placed in the folded text.</summary>
    public (string Folded, List<PhraseHit> Hits) MarkHits(string text)
    {
        var map = new List<int>();
        var folded = TextFolder.Fold(text, map);
        var hits = new List<PhraseHit>();
        Tables.MarkPhrases.Scan(folded, hits, text, map);
        return (folded, hits);
    }

    /// <summary>Indexes of the marks named in <paramref name="text"/> (not skipped on this host), in portfolio order.</summary>
    public List<int> MarksIn(string? text)
    {
        var found = new List<int>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return found;
        }

        foreach (var hit in MarkHits(text).Hits)
        {
            if (!Skip[hit.Id] && !found.Contains(hit.Id))
            {
                found.Add(hit.Id);
            }
        }

        found.Sort();
        return found;
    }

    /// <summary>Marks named in an image file name; a generic-word mark counts there only beside "logo" or "icon" ("apple-logo.svg").</summary>
    public List<int> MarksInFileName(string? reference)
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
        Tables.MarkPhrases.Scan(folded, hits);
        var found = new List<int>();
        foreach (var hit in hits)
        {
            if (Skip[hit.Id] || found.Contains(hit.Id))
            {
                continue;
            }

            // A generic word counts only right beside "logo" or "icon" ("apple-logo", not "apple-touch-icon").
            var before = folded.AsSpan(0, hit.Start).TrimEnd();
            var after = folded.AsSpan(hit.Start + hit.Length).TrimStart();
            if (!Tables.Marks[hit.Id].GenericWord || before.EndsWith("logo") || after.StartsWith("logo") || after.StartsWith("icon") || after.StartsWith("favicon"))
            {
                found.Add(hit.Id);
            }
        }

        found.Sort();
        return found;
    }

    /// <summary>Ids of the phrases of <paramref name="matcher"/> found in <paramref name="text"/>.</summary>
    public static List<int> Ids(PhraseMatcher matcher, string text) => IdsFolded(matcher, TextFolder.Fold(text));

    private static List<int> IdsFolded(PhraseMatcher matcher, string folded)
    {
        var hits = new List<PhraseHit>();
        matcher.Scan(folded, hits);
        if (hits.Count == 0)
        {
            return [];
        }

        return [.. hits.Select(h => h.Id).Distinct()];
    }

    /// <summary>An inline script's code, cut to <see cref="PageAnalysisOptions.MaxScriptChars"/>, read once per page.</summary>
    public string ScriptCode(IElement script)
    {
        if (!_scriptCode.TryGetValue(script, out var code))
        {
            code = PageMarkup.RawText(script);
            code = code.Length > _options.MaxScriptChars ? code[.._options.MaxScriptChars] : code;
            _scriptCode[script] = code;
        }

        return code;
    }

    /// <summary>
    /// The addresses an inline script sends the browser to (<c>location = "…"</c>, <c>location.replace("…")</c>), with
    /// the code that does it, found once per page. A regex timeout propagates (and is not remembered), so each
    /// caller skips the script as before.
    /// </summary>
    public IReadOnlyList<(string Reference, string Evidence)> ScriptRedirects(IElement script)
    {
        if (!_scriptRedirects.TryGetValue(script, out var redirects))
        {
            redirects = [];
            var code = ScriptCode(script);
            // Every match names "location": most scripts do not, and a plain search rules them out far faster.
            if (code.Contains("location", StringComparison.Ordinal))
            {
                foreach (Match match in PagePatterns.ScriptRedirect().Matches(code))
                {
                    redirects.Add((match.Groups[1].Success ? match.Groups[1].Value : match.Groups[2].Value, match.Value));
                }
            }

            _scriptRedirects[script] = redirects;
        }

        return redirects;
    }

    /// <summary>The resolved href of a link, resolved once per page.</summary>
    public Uri? Href(IElement link)
    {
        if (!_hrefs.TryGetValue(link, out var uri))
        {
            uri = WebAddress.Resolve(Base, link.GetAttribute("href"));
            _hrefs[link] = uri;
        }

        return uri;
    }

    public Mark MarkAt(int index) => Tables.Marks[index];

    /// <summary>Inside a link or button that starts a provider's service (sign-in, payment, share, store badge).</summary>
    public bool InServiceControl(IElement element)
    {
        var control = element.Closest("a, button");
        if (control is null)
        {
            return false;
        }

        var words = string.Join(' ', PageMarkup.Text(control, 200), control.GetAttribute("aria-label"), control.GetAttribute("title"),
            string.Join(' ', control.QuerySelectorAll("img").Take(3).Select(i => i.GetAttribute("alt"))));
        if (ServiceLinks.BadgePhrase(words) is not null)
        {
            return true;
        }

        return control.LocalName == "a" && Href(control) is { } target && ServiceLinks.Kind(target, words) is not null;
    }

    /// <summary>
    /// The page runs one of the mark's own services: a script or frame served from one of its official hosts (a payment
    /// provider's checkout script, a video player). The service shows its own name to the reader when it runs.
    /// </summary>
    public bool RunsServiceOf(int mark) => _scripts.Concat(_frames).Any(e => OnOwnersHost(e.GetAttribute("src"), mark));

    /// <summary>The address, resolved against the page, is on one of the mark's official hosts (a hotlinked logo, the owner's script).</summary>
    public bool OnOwnersHost(string? address, int mark) =>
        WebAddress.Resolve(Base, address) is { } uri && Tables.OfficialHosts.Owns(WebAddress.Host(uri), mark);

    /// <summary>The element sits inside a link to one of the mark's official hosts.</summary>
    public bool InLinkTo(IElement element, int mark) =>
        element.Closest("a[href]") is { } link && WebAddress.Resolve(Base, link.GetAttribute("href")) is { } target
        && Tables.OfficialHosts.Owns(WebAddress.Host(target), mark);

    /// <summary>The image names the mark (alt, title or file name) or is served from the mark's own host.</summary>
    public bool LogoOrNamed(IElement image, int mark)
    {
        var src = image.GetAttribute("src");
        return VisualMatchesOf(image).Any(m => m.Mark == mark) || MarksIn(string.Join(' ', image.GetAttribute("alt"), image.GetAttribute("title"), WebAddress.FileName(src))).Contains(mark)
            || OnOwnersHost(src, mark);
    }

    /// <summary>The block-level element around a link (its paragraph, list item or cell).</summary>
    public static IElement BlockAround(IElement element)
    {
        var block = element.ParentElement ?? element;
        while (block.ParentElement is not null && !BlockTags.Contains(block.LocalName))
        {
            block = block.ParentElement;
        }

        return block;
    }
}
