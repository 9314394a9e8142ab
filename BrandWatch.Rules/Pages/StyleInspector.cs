using System.Globalization;
using AngleSharp.Css;
using AngleSharp.Css.Dom;
using AngleSharp.Dom;

namespace BrandWatch.Rules.Pages;

/// <summary>
/// Says whether an element's text is hidden from a reader, from the computed style AngleSharp.Css gives it
/// (style sheets, inline styles and the user-agent sheet, so the <c>hidden</c> attribute is display:none too).
/// Styles are computed top-down and cached, and only for the few elements that hold a mark, within a budget.
/// </summary>
internal sealed class StyleInspector
{
    /// <summary>
    /// Every CSS property this class reads. The analysis's CSS parser keeps only these (and the shorthands that set
    /// them): a property read here but missing from the list would always read as unset.
    /// </summary>
    internal static readonly string[] PropertiesRead =
    [
        "display", "opacity", "position", "left", "top", "right", "text-indent", "background-image", "background-color",
        "overflow", "width", "height", "visibility", "font-size", "color",
    ];

    private readonly Dictionary<IElement, ICssStyleDeclaration> _cache = new(ReferenceEqualityComparer.Instance);
    private readonly PageAnalysisOptions _options;
    private readonly IDocument _document;
    private readonly IRenderDevice _device;
    private IStyleCollection? _styles;
    private bool _stylesBuilt;
    private int _budget;

    public StyleInspector(IDocument document, IRenderDevice device, PageAnalysisOptions options)
    {
        _options = options;
        _budget = options.MaxStyledElements;
        _document = document;
        _device = device;
    }

    /// <summary>How the element's text is hidden ("display:none", "font-size:0px" …), or null when it is visible or unknown.</summary>
    public string? HiddenTechnique(IElement element)
    {
        var own = Style(element);
        if (own is null)
        {
            return null;
        }

        for (var current = element; current is not null; current = current.ParentElement)
        {
            var style = Style(current);
            if (style is null)
            {
                return null;
            }

            if (current.HasAttribute("hidden"))
            {
                return "hidden attribute";
            }

            if (style.GetDisplay() == "none")
            {
                return "display:none";
            }

            if (Pixels(style.GetPropertyValue("opacity")) is 0)
            {
                return "opacity:0";
            }

            var position = style.GetPropertyValue("position");
            if (position is "absolute" or "fixed"
                && (Beyond(style.GetPropertyValue("left")) || Beyond(style.GetPropertyValue("top"))
                    || Beyond(style.GetPropertyValue("right"), positiveToo: true)))
            {
                return $"off-screen position ({position}; left {Value(style, "left")}, top {Value(style, "top")})";
            }

            // Text pushed off-screen over a background image is image replacement: the text names the picture shown.
            if (Beyond(style.GetPropertyValue("text-indent")) && !HasBackgroundImage(style))
            {
                return $"off-screen text-indent {style.GetPropertyValue("text-indent")}";
            }

            if (style.GetPropertyValue("overflow") is "hidden" or "clip"
                && (Pixels(style.GetPropertyValue("width")) is 0 || Pixels(style.GetPropertyValue("height")) is 0))
            {
                return "zero-size box with overflow hidden";
            }
        }

        var visibility = own.GetVisibility();
        if (visibility is "hidden" or "collapse")
        {
            return $"visibility:{visibility}";
        }

        var fontSize = Pixels(own.GetFontSize());
        if (fontSize is { } size && size <= _options.TinyFontPixels)
        {
            return $"font-size:{own.GetFontSize()}";
        }

        var colour = Colour.Parse(own.GetColor()) ?? Colour.Black;
        var background = Background(element);
        if (background is { } bg && colour.Alpha > 0 && colour.Distance(bg) <= _options.SameColourTolerance)
        {
            return $"text colour {colour} on background {bg}";
        }

        return colour.Alpha == 0 ? "transparent text colour" : null;
    }

    private static bool HasBackgroundImage(ICssStyleDeclaration style)
    {
        var image = style.GetPropertyValue("background-image");
        return !string.IsNullOrEmpty(image) && image != "none";
    }

    private Colour? Background(IElement element)
    {
        for (var current = element; current is not null; current = current.ParentElement)
        {
            var style = Style(current);
            if (style is null)
            {
                return null;
            }

            if (Colour.Parse(style.GetPropertyValue("background-color")) is { Alpha: > 0 } colour)
            {
                return colour;
            }

            // A background image could be anything: the colour comparison says nothing then.
            var image = style.GetPropertyValue("background-image");
            if (!string.IsNullOrEmpty(image) && image != "none")
            {
                return null;
            }
        }

        return Colour.White;
    }

    private ICssStyleDeclaration? Style(IElement element)
    {
        if (!_stylesBuilt)
        {
            // Gathering the style sheets costs a parse of every sheet: only pages that name a mark pay it.
            _stylesBuilt = true;
            _styles = _document.DefaultView?.GetStyleCollection(_device);
        }

        if (_styles is null)
        {
            return null;
        }

        if (_cache.TryGetValue(element, out var cached))
        {
            return cached;
        }

        // Compute the uncached ancestors top-down so each inherits from its parent's style without walking up again.
        var chain = new Stack<IElement>();
        for (var current = element; current is not null && !_cache.ContainsKey(current); current = current.ParentElement)
        {
            chain.Push(current);
        }

        if (chain.Count > _budget)
        {
            _budget = 0;
            return null;
        }

        ICssStyleDeclaration? style = null;
        while (chain.Count > 0)
        {
            var next = chain.Pop();
            var parent = next.ParentElement is { } p && _cache.TryGetValue(p, out var ps) ? ps : null;
            style = parent is null ? _styles.ComputeDeclarations(next) : _styles.ComputeDeclarationsWithParent(next, parent);
            _cache[next] = style;
            _budget--;
        }

        return style;
    }

    private static string Value(ICssStyleDeclaration style, string property)
    {
        var value = style.GetPropertyValue(property);
        return string.IsNullOrEmpty(value) ? "auto" : value;
    }

    private bool Beyond(string value, bool positiveToo = false)
    {
        var pixels = Pixels(value);
        return pixels is { } p && (p <= -_options.OffScreenPixels || (positiveToo && p >= _options.OffScreenPixels * 5));
    }

    /// <summary>A computed length or number in pixels ("12px", "0", "0.5"), or null for anything relative or unknown.</summary>
    internal static double? Pixels(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = value.Trim();
        if (text.EndsWith("px", StringComparison.OrdinalIgnoreCase))
        {
            text = text[..^2];
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : null;
    }
}
