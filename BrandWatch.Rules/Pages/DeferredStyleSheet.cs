using AngleSharp;
using AngleSharp.Css.Dom;
using AngleSharp.Css.Parser;
using AngleSharp.Dom;
using AngleSharp.Text;

namespace BrandWatch.Rules.Pages;

/// <summary>
/// The sheet of one &lt;style&gt; element, parsed only when its rules are first read: the HTML parse records the
/// element, and a page whose styles are never asked for (it names no mark) never pays for its CSS. The media list
/// is separate and real from the start, because the element sets it during the HTML parse.
/// </summary>
internal sealed class DeferredStyleSheet : ICssStyleSheet
{
    private readonly ICssStyleSheet _media;
    private readonly Func<string, ICssStyleSheet> _parse;
    private ICssStyleSheet? _sheet;

    public DeferredStyleSheet(IElement owner, IBrowsingContext context, bool disabled, Func<string, ICssStyleSheet> parse)
    {
        OwnerNode = owner;
        Context = context;
        IsDisabled = disabled;
        _parse = parse;
        _media = parse(string.Empty);
    }

    /// <summary>The parsed sheet: the element's text read and parsed on first use.</summary>
    private ICssStyleSheet Sheet => _sheet ??= _parse(PageMarkup.RawText(OwnerNode));

    public string Type => "text/css";

    // AngleSharp's interface is not annotated for nullable references; a <style> sheet has no address, no owner
    // rule and no parent sheet, so these answer null exactly as AngleSharp's own sheet does.
#nullable disable annotations
    public string Href => null;

    public ICssRule OwnerRule => null;

    public ICssStyleSheet Parent => null;

    public string Title => OwnerNode.GetAttribute("title");
#nullable restore annotations

    public IElement OwnerNode { get; private set; }

    public IMediaList Media => _media.Media;

    public bool IsDisabled { get; set; }

    public IBrowsingContext Context { get; }

    public TextSource Source => Sheet.Source;

    public ICssRuleList Rules => Sheet.Rules;

    public void SetOwner(IElement element) => OwnerNode = element;

    public string LocateNamespace(string prefix) => Sheet.LocateNamespace(prefix);

    public int Insert(string rule, int index) => Sheet.Insert(rule, index);

    public void RemoveAt(int index) => Sheet.RemoveAt(index);

    public void SetOwner(ICssRule rule)
    {
        // A <style> element's sheet is never owned by a rule (only @import sheets are).
    }

    public void SetParent(ICssStyleSheet parent)
    {
        // As above: only imported sheets have a parent sheet.
    }

    public void ToCss(TextWriter writer, IStyleFormatter formatter) => Sheet.ToCss(writer, formatter);

    /// <summary>Parses CSS text with the given parser (used as the <c>parse</c> argument).</summary>
    public static Func<string, ICssStyleSheet> With(ICssParser parser) => parser.ParseStyleSheet;
}
