using System.Buffers;
using System.Globalization;
using System.Text;
using AngleSharp.Css;
using AngleSharp.Dom;
using BrandWatch.Rules.Evidence;
using BrandWatch.Rules.Marks;

namespace BrandWatch.Rules.Pages;

/// <summary>
/// One analysis of one page: a bounded, iterative walk of the parsed document that gathers the mark's
/// occurrences, links, images, frames, forms, metadata, scripts, ads and block texts, then the detectors that turn
/// them into findings (in the other parts of this class).
/// </summary>
internal sealed partial class PageAnalysisRun
{
    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "header", "footer",
        "main", "aside", "nav", "blockquote", "dd", "dt", "form", "body", "figcaption", "caption", "button", "label",
        "pre", "address", "summary", "details", "table", "ul", "ol", "center", "fieldset", "legend", "option", "select",
    };

    private readonly AnalyzerTables _tables;
    private readonly PageAnalysisOptions _options;
    private readonly IDocument _document;
    private readonly Uri _url;
    private readonly string _host;
    private readonly StyleInspector _styles;
    private readonly MarkTable _onPage = new();
    private readonly MarkSet _skip;
    private readonly List<PageFinding> _findings = [];
    private readonly Dictionary<(string, string?), int> _perCriterion = [];

    private readonly List<IElement> _links = [];
    private readonly List<IElement> _images = [];
    private readonly List<IElement> _frames = [];
    private readonly List<IElement> _forms = [];
    private readonly List<IElement> _looseInputs = [];
    private readonly List<IElement> _metas = [];
    private readonly List<IElement> _scripts = [];
    private readonly List<IElement> _icons = [];
    private readonly List<IElement> _adUnits = [];
    private readonly HashSet<IElement> _adSet = new(ReferenceEqualityComparer.Instance);
    private readonly List<TextBlock> _blocks = [];
    private readonly Dictionary<IElement, Uri?> _hrefs = new(ReferenceEqualityComparer.Instance);
    private readonly List<IElement> _headings = [];
    private readonly List<(TextBlock Block, int Start, int Length)> _segments = [];
    private char[] _pageText = ArrayPool<char>.Shared.Rent(16 * 1024);
    private int _pageTextLength;
    private IElement? _baseElement;
    private bool _frameset;
    private string _title = string.Empty;
    private int _words;
    private char[] _buffer = ArrayPool<char>.Shared.Rent(4096);
    private Uri _base;

    public PageAnalysisRun(AnalyzerTables tables, IDocument document, Uri url, IRenderDevice device)
    {
        _tables = tables;
        _options = tables.Options;
        _document = document;
        _url = url;
        _base = url;
        _host = WebAddress.Host(url);
        _styles = new StyleInspector(document, device, _options);
        // The owner's own pages use its mark by right: nothing to report for that mark there.
        _skip = new MarkSet(tables.OfficialHosts.OwnersOf(_host));
    }

    public IReadOnlyList<PageFinding> Run()
    {
        try
        {
            return RunDetectors();
        }
        finally
        {
            ArrayPool<char>.Shared.Return(_pageText);
            ArrayPool<char>.Shared.Return(_buffer);
        }
    }

    private List<PageFinding> RunDetectors()
    {
        Walk();
        _title = _document.Title ?? string.Empty;
        if (_baseElement?.GetAttribute("href") is { } baseHref && WebAddress.Resolve(_url, baseHref) is { } declared)
        {
            _base = declared;
        }

        ScanBlocks();
        MeasureHiddenText();

        // Each detector runs on its own: one that fails on hostile markup (a regex timeout, a CSS engine fault) loses
        // only its own findings, never those of the others.
        Run(DetectLogos);
        Run(DetectScriptForms);
        Run(DetectMetadata);
        Run(DecidePresence);
        Run(EmitMetadata);
        Run(DetectHiddenAndStuffing);
        Run(DetectLinks);
        Run(DetectFrames);
        Run(DetectForms);
        Run(DetectParkingAndSale);
        Run(DetectRedirects);
        Run(DetectFairUseAndShops);
        Run(DetectTarnish);
        Run(DetectDownloads);
        return _findings;
    }

    private static void Run(Action detector)
    {
        try
        {
            detector();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The page stays analysed: this detector's findings are lost, the others' are kept.
        }
    }

    private void Walk()
    {
        if (_document.DocumentElement is not { } root)
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
                && WebAddress.QuickHost(attribute.Value) is { Length: > 0 } host && _tables.AdHosts.Contains(host))
            {
                return true;
            }
        }

        return HasAdWord(element.GetAttribute("class")) || HasAdWord(element.GetAttribute("id"));
    }

    private bool HasAdWord(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return false;
        }

        var words = _tables.AdClassWords.GetAlternateLookup<ReadOnlySpan<char>>();
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
        _tables.MarkPhrases.Scan(folded, hits);
        if (hits.Count == 0)
        {
            return;
        }

        // Most text names no mark: only now pay for the index map that snippets and capitalisation need.
        hits.Clear();
        length = TextFolder.FoldInto(text, ref _buffer, map);
        _tables.MarkPhrases.Scan(_buffer.AsSpan(0, length), hits, text, map);
        foreach (var hit in hits)
        {
            var onPage = _onPage[hit.Id];
            onPage.Occurrences++;
            onPage.BlockOccurrences[block] = onPage.BlockOccurrences.GetValueOrDefault(block) + 1;
            if (onPage.TextHits.Count > 0 && onPage.TextHits[^1].Element == parent)
            {
                onPage.TextHits[^1].Count++;
            }
            else if (onPage.TextHits.Count < 256)
            {
                onPage.TextHits.Add(new TextHitGroup(parent, Snippet(text, map[hit.Start], map[hit.Start + hit.Length - 1] + 1)));
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
            _tables.Signals.Scan(_pageText.AsSpan(start, length), hits);
            foreach (var hit in hits)
            {
                if (!block.Signals.Contains(hit.Id))
                {
                    block.Signals.Add(hit.Id);
                }
            }
        }
    }

    /// <summary>Indexes into the option list <paramref name="list"/> of the phrases found in the block.</summary>
    private static List<int> Ids(int list, TextBlock block)
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
        foreach (var i in _onPage.Seen)
        {
            if (_skip[i])
            {
                continue;
            }

            var onPage = _onPage[i];
            foreach (var group in onPage.TextHits)
            {
                if (!techniques.TryGetValue(group.Element, out var technique))
                {
                    technique = _styles.HiddenTechnique(group.Element);
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

    private bool IsHidden(IElement element) => _styles.HiddenTechnique(element) is not null;

    // ---- Helpers shared by the detectors. ----

    private void Add(string criterion, int? mark, string evidence, string reason, Dictionary<string, string>? facts = null)
    {
        var markId = mark is { } m ? _tables.Marks[m].Id : null;
        var key = (criterion, markId);
        _perCriterion.TryGetValue(key, out var count);
        if (count >= _options.MaxFindingsPerCriterion)
        {
            return;
        }

        _perCriterion[key] = count + 1;
        _findings.Add(new PageFinding
        {
            Criterion = criterion,
            Mark = markId,
            Evidence = Clip(evidence),
            Reason = reason,
            Facts = facts ?? new Dictionary<string, string>(),
        });
    }

    private bool Has(string criterion, int mark) => _perCriterion.ContainsKey((criterion, _tables.Marks[mark].Id));

    private Mark MarkAt(int index) => _tables.Marks[index];

    /// <summary>Indexes of the marks named in <paramref name="text"/> (not skipped on this host), in portfolio order.</summary>
    private List<int> MarksIn(string? text)
    {
        var found = new List<int>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return found;
        }

        var map = new List<int>();
        var folded = TextFolder.Fold(text, map);
        var hits = new List<PhraseHit>();
        _tables.MarkPhrases.Scan(folded, hits, text, map);
        foreach (var hit in hits)
        {
            if (!_skip[hit.Id] && !found.Contains(hit.Id))
            {
                found.Add(hit.Id);
            }
        }

        found.Sort();
        return found;
    }

    private static List<int> Ids(PhraseMatcher matcher, string text) => IdsFolded(matcher, TextFolder.Fold(text));

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

    /// <summary>The resolved href of a link, resolved once per page.</summary>
    private Uri? Href(IElement link)
    {
        if (!_hrefs.TryGetValue(link, out var uri))
        {
            uri = WebAddress.Resolve(_base, link.GetAttribute("href"));
            _hrefs[link] = uri;
        }

        return uri;
    }

    private string Clip(string text)
    {
        var builder = new StringBuilder(Math.Min(text.Length, _options.MaxEvidenceChars + 1));
        var lastSpace = false;
        foreach (var c in text)
        {
            if (builder.Length >= _options.MaxEvidenceChars)
            {
                return builder.ToString().TrimEnd() + "…";
            }

            if (char.IsWhiteSpace(c))
            {
                if (!lastSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                lastSpace = true;
                continue;
            }

            builder.Append(c);
            lastSpace = false;
        }

        return builder.ToString().TrimEnd();
    }

    private static string Snippet(string text, int start, int end)
    {
        const int Around = 80;
        var from = Math.Max(0, start - Around);
        var to = Math.Min(text.Length, end + Around);
        return (from > 0 ? "…" : string.Empty) + text[from..to] + (to < text.Length ? "…" : string.Empty);
    }

    /// <summary>The element's start tag only (its attributes), for evidence that should not drag a subtree along.</summary>
    private static string StartTag(IElement element)
    {
        var builder = new StringBuilder("<").Append(element.LocalName);
        foreach (var attribute in element.Attributes)
        {
            builder.Append(' ').Append(attribute.Name).Append("=\"").Append(attribute.Value).Append('"');
        }

        return builder.Append('>').ToString();
    }

    /// <summary>An element's outer HTML, built only as far as evidence needs it.</summary>
    private string Fragment(IElement element)
    {
        // OuterHtml of a huge subtree (an unclosed <a> swallowing the page) is cut by Clip anyway; avoid building it.
        if (element.ChildElementCount > 50 || (element.TextContent?.Length ?? 0) > 4 * _options.MaxEvidenceChars)
        {
            return StartTag(element) + " " + element.TextContent;
        }

        return element.OuterHtml;
    }

    private static string Text(IElement element, int max = 2000)
    {
        var text = element.TextContent ?? string.Empty;
        return text.Length > max ? text[..max] : text;
    }

    private static string Format(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    private static string Format(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Format(bool value) => value ? "true" : "false";
}
