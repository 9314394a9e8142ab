using AngleSharp;
using AngleSharp.Css;
using AngleSharp.Css.Parser;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using BrandWatch.Rules.Evidence;
using BrandWatch.Rules.Marks;
using BrandWatch.Rules.Pages.Detectors;
using BrandWatch.Rules.Pages.Visual;

namespace BrandWatch.Rules.Pages;

/// <summary>
/// Reads one fetched page (HTML string and its URL) against a portfolio and reports how the page uses each mark:
/// metadata, hidden text, deep links, frames, logos, credential forms, parking, redirects and fair-use signals.
/// Pure and thread-safe: build one per portfolio and share it. Hostile input is cut to the option limits first;
/// a failure inside the parser or the CSS engine yields no findings, never an exception.
/// </summary>
public sealed class PageAnalyzer
{
    private static readonly IRenderDevice Device = new DefaultRenderDevice
    {
        ViewPortWidth = 1280,
        ViewPortHeight = 800,
        DeviceWidth = 1280,
        DeviceHeight = 800,
    };

    // No loader is configured: linked style sheets, frames and images are never fetched. The CSS of <style> elements
    // is parsed only when a style is first asked for, and only the declarations StyleInspector reads are kept; inline
    // style attributes are parsed when read, not during the HTML parse (no attribute observer).
    private static readonly StylePropertyFilter Declarations = new(new DefaultDeclarationFactory(), StyleInspector.PropertiesRead);

    private static readonly IConfiguration Configuration = AngleSharp.Configuration.Default
        .WithOnly<IDeclarationFactory>(Declarations)
        .WithCss()
        .WithOnly<IStylingService>(new DeferredStylingService(() => _fullCssParser ??= new CssParser(new CssParserOptions(), BrowsingContext.New(FullCss)), Declarations))
        .Without<IAttributeObserver>()
        .WithOnly(Device);

    // The configuration before deferred style sheets: every sheet and style attribute parsed in full during the HTML
    // parse. Tests compare the findings of both on the corpus.
    private static readonly IConfiguration FullCss = AngleSharp.Configuration.Default.WithCss().WithOnly(Device);

    [ThreadStatic]
    private static HtmlParser? _parser;

    [ThreadStatic]
    private static HtmlParser? _fullCssHtmlParser;

    [ThreadStatic]
    private static ICssParser? _fullCssParser;

    private readonly bool _fullCss;

    private readonly AnalyzerTables _tables;

    public PageAnalyzer(IReadOnlyList<Mark> marks, PageAnalysisOptions options)
        : this(marks, options, [])
    {
    }

    /// <summary>An analyser that also compares page images with the marks' reference logos and favicons.</summary>
    public PageAnalyzer(IReadOnlyList<Mark> marks, PageAnalysisOptions options, IReadOnlyList<VisualReference> references)
        : this(marks, options, references, fullCss: false)
    {
    }

    /// <summary>The analyser; with <paramref name="fullCss"/>, every style sheet is parsed in full during the HTML parse (the reference for tests).</summary>
    internal PageAnalyzer(IReadOnlyList<Mark> marks, PageAnalysisOptions options, IReadOnlyList<VisualReference> references, bool fullCss)
    {
        _fullCss = fullCss;
        ArgumentNullException.ThrowIfNull(marks);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(references);
        _tables = new AnalyzerTables(marks, options, references);
    }

    /// <summary>True when the portfolio has usable reference images: only then are page images worth fetching.</summary>
    public bool ComparesImages => !_tables.Visual.IsEmpty;

    /// <summary>The parser settings of the analysis: no scripting, no position tracking, no comments, nesting capped.</summary>
    internal static HtmlParserOptions ParserOptions(int maxDepth) => new()
    {
        IsScripting = false,
        DisableElementPositionTracking = true,
        SkipComments = true,
        MaximumDepth = maxDepth,
    };

    public IReadOnlyList<PageFinding> Analyze(string html, Uri url) => Analyze(html, url, [], PageDetectors.All);

    /// <summary>The analysis with the page's fetched images (favicon, touch icon, og:image, logo-like images) compared with the references.</summary>
    public IReadOnlyList<PageFinding> Analyze(string html, Uri url, IReadOnlyList<PageImage> images) => Analyze(html, url, images, PageDetectors.All);

    internal IReadOnlyList<PageFinding> Analyze(string html, Uri url, IReadOnlyList<IPageDetector> detectors) => Analyze(html, url, [], detectors);

    /// <summary>The analysis with only the given detectors (tests read one detector's findings this way).</summary>
    internal IReadOnlyList<PageFinding> Analyze(string html, Uri url, IReadOnlyList<PageImage> images, IReadOnlyList<IPageDetector> detectors) =>
        AnalyzePage(html, url, images, detectors).Findings;

    /// <summary>The findings and the page's structural fingerprint, from one parse (campaigns group cases by the fingerprint).</summary>
    public PageAnalysis AnalyzePage(string html, Uri url, IReadOnlyList<PageImage> images) => AnalyzePage(html, url, images, PageDetectors.All);

    private PageAnalysis AnalyzePage(string html, Uri url, IReadOnlyList<PageImage> images, IReadOnlyList<IPageDetector> detectors)
    {
        ArgumentNullException.ThrowIfNull(images);
        ArgumentNullException.ThrowIfNull(url);
        if (string.IsNullOrEmpty(html) || !url.IsAbsoluteUri)
        {
            return PageAnalysis.None;
        }

        try
        {
            var options = _tables.Options;
            var limited = HtmlLimiter.Limit(html, options.MaxInputChars, options.MaxElements, options.MaxDepth, out _);
            // A browsing context costs more to build than a small page to parse: keep one parser per thread.
            var parser = _fullCss
                ? _fullCssHtmlParser ??= new HtmlParser(ParserOptions(options.MaxDepth), BrowsingContext.New(FullCss))
                : _parser ??= new HtmlParser(ParserOptions(options.MaxDepth), BrowsingContext.New(Configuration));
            using var document = parser.ParseDocument(limited);
            var findings = PageAnalysisRun.Run(_tables, document, url, Device, images, detectors);
            return new PageAnalysis(findings, PageTemplate.Of(document));
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Hostile markup or a CSS engine fault must not stop the pipeline: the page yields no findings.
            return PageAnalysis.None;
        }
    }
}
