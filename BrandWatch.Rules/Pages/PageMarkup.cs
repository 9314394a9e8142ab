using System.Globalization;
using System.Text;
using AngleSharp.Dom;

namespace BrandWatch.Rules.Pages;

/// <summary>Reading elements for evidence (start tags, fragments, clipped text) and the shapes that make an image a logo.</summary>
internal static class PageMarkup
{
    private static readonly string[] HeaderWords = ["header", "hdr", "masthead", "topbar", "navbar", "banner"];

    private static readonly string[] LogoWords = ["logo", "brand", "wordmark"];

    /// <summary>
    /// The text of a raw-text element (script, style): its one text node as it is, without the pooled string
    /// building of TextContent, which every parsing thread contends for; TextContent when there are more nodes.
    /// </summary>
    public static string RawText(IElement element) =>
        element.ChildNodes is { Length: 1 } children && children[0] is IText text ? text.Data : element.TextContent ?? string.Empty;

    [ThreadStatic]
    private static StringBuilder? _text;

    /// <summary>
    /// The first <paramref name="max"/> characters of the element's TextContent (its text nodes in document order),
    /// gathered here rather than through AngleSharp: TextContent builds the whole text with a StringBuilder from one
    /// locked pool that every analysing thread shares, and with many pages in flight the threads queue on that lock.
    /// </summary>
    public static string Text(IElement element, int max = 2000)
    {
        if (element.ChildNodes is { Length: 1 } only && only[0] is IText single)
        {
            return single.Data.Length > max ? single.Data[..max] : single.Data;
        }

        var builder = _text ??= new StringBuilder(1024);
        builder.Clear();
        AppendText(element, builder, max);
        var text = builder.ToString();
        if (builder.Capacity > 64 * 1024)
        {
            _text = null;
        }

        return text;
    }

    /// <summary>The length of the element's TextContent, counted only up to <paramref name="max"/> + 1.</summary>
    public static int TextLength(IElement element, int max)
    {
        var length = 0;
        var stack = new Stack<INode>();
        stack.Push(element);
        while (stack.Count > 0 && length <= max)
        {
            var node = stack.Pop();
            if (node is IText text)
            {
                length += text.Data.Length;
                continue;
            }

            var children = node.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--)
            {
                stack.Push(children[i]);
            }
        }

        return length;
    }

    private static void AppendText(INode node, StringBuilder builder, int max)
    {
        // Iterative, in document order: a page nested thousands deep must not overflow the stack.
        var stack = new Stack<INode>();
        stack.Push(node);
        while (stack.Count > 0 && builder.Length < max)
        {
            var current = stack.Pop();
            if (current is IText text)
            {
                builder.Append(text.Data.AsSpan(0, Math.Min(text.Data.Length, max - builder.Length)));
                continue;
            }

            var children = current.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--)
            {
                stack.Push(children[i]);
            }
        }
    }

    public static string Snippet(string text, int start, int end)
    {
        const int Around = 80;
        var from = Math.Max(0, start - Around);
        var to = Math.Min(text.Length, end + Around);
        return (from > 0 ? "…" : string.Empty) + text[from..to] + (to < text.Length ? "…" : string.Empty);
    }

    /// <summary>The element's start tag only (its attributes), for evidence that should not drag a subtree along.</summary>
    public static string StartTag(IElement element)
    {
        var builder = new StringBuilder("<").Append(element.LocalName);
        foreach (var attribute in element.Attributes)
        {
            builder.Append(' ').Append(attribute.Name).Append("=\"").Append(attribute.Value).Append('"');
        }

        return builder.Append('>').ToString();
    }

    /// <summary>An element's outer HTML, built only as far as evidence of <paramref name="maxEvidenceChars"/> needs it.</summary>
    public static string Fragment(IElement element, int maxEvidenceChars)
    {
        // OuterHtml of a huge subtree (an unclosed <a> swallowing the page) is cut by Clip anyway; avoid building it.
        if (element.ChildElementCount > 50 || TextLength(element, 4 * maxEvidenceChars) > 4 * maxEvidenceChars)
        {
            return StartTag(element) + " " + element.TextContent;
        }

        return element.OuterHtml;
    }

    /// <summary>The text with its white space collapsed, cut to <paramref name="max"/> characters with an ellipsis.</summary>
    public static string Clip(string text, int max)
    {
        var builder = new StringBuilder(Math.Min(text.Length, max + 1));
        var lastSpace = false;
        foreach (var c in text)
        {
            if (builder.Length >= max)
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

    public static string Format(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    public static string Format(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Format(bool value) => value ? "true" : "false";

    /// <summary>True inside the page's header: a header or banner element, or a container whose class or id says so.</summary>
    public static bool InHeaderArea(IElement element)
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
    public static bool LogoClass(IElement element)
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
    public static bool InLogoWall(IElement element)
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

    /// <summary>A logo class, or "logo", "brand" or "wordmark" in the image's file name, alt or title.</summary>
    public static bool LooksLikeLogo(IElement element)
    {
        if (LogoClass(element))
        {
            return true;
        }

        var text = string.Join(' ', WebAddress.FileName(element.GetAttribute("src")), element.GetAttribute("alt"), element.GetAttribute("title")).ToLowerInvariant();
        return LogoWords.Any(w => text.Contains(w, StringComparison.Ordinal));
    }

    /// <summary>An image declared at most 2×2 pixels: a tracking pixel, never seen.</summary>
    public static bool IsTiny(IElement image) =>
        int.TryParse(image.GetAttribute("width"), out var width) && int.TryParse(image.GetAttribute("height"), out var height) && width <= 2 && height <= 2;
}
