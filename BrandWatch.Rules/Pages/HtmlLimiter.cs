namespace BrandWatch.Rules.Pages;

/// <summary>
/// Cuts a document before parsing so the parser's work is bounded: at most so many characters, start tags and
/// levels of nesting. A light linear scan of the tags is enough; it need not agree with the parser exactly, only
/// keep hostile nesting (100,000 open &lt;div&gt;s) from reaching the tree builder, whose scope checks are quadratic.
/// </summary>
internal static class HtmlLimiter
{
    private static readonly HashSet<string> Void = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "keygen", "frame", "basefont", "bgsound", "image",
    };

    // Closed implicitly by their next sibling: counting them as nesting would mistake a list of <p>s for depth.
    private static readonly HashSet<string> SelfClosingSiblings = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "tbody", "thead", "tfoot", "rb", "rt", "rp",
        "rtc", "colgroup", "caption", "html", "head", "body",
    };

    private static readonly string[] RawText = ["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext"];

    /// <summary>Returns the part of <paramref name="html"/> to parse; <paramref name="cut"/> says why it was shortened, or null.</summary>
    public static string Limit(string html, int maxChars, int maxElements, int maxDepth, out string? cut)
    {
        cut = null;
        var text = html;
        if (text.Length > maxChars)
        {
            text = text[..maxChars];
            cut = $"input longer than {maxChars} characters";
        }

        var elements = 0;
        var depth = 0;
        var i = 0;
        while (i < text.Length)
        {
            var open = text.IndexOf('<', i);
            if (open < 0 || open + 1 >= text.Length)
            {
                break;
            }

            var next = text[open + 1];
            if (next == '!' && string.CompareOrdinal(text, open, "<!--", 0, 4) == 0)
            {
                var close = text.IndexOf("-->", open + 4, StringComparison.Ordinal);
                i = close < 0 ? text.Length : close + 3;
                continue;
            }

            var isEnd = next == '/';
            var nameStart = open + (isEnd ? 2 : 1);
            var nameEnd = nameStart;
            while (nameEnd < text.Length && (char.IsAsciiLetterOrDigit(text[nameEnd]) || text[nameEnd] is '-' or '!' or ':'))
            {
                nameEnd++;
            }

            if (nameEnd == nameStart || !(char.IsAsciiLetter(text[nameStart]) || text[nameStart] == '!'))
            {
                i = open + 1;
                continue;
            }

            var tagEnd = text.IndexOf('>', nameEnd);
            if (tagEnd < 0)
            {
                break;
            }

            var name = text.AsSpan(nameStart, nameEnd - nameStart);
            if (name[0] == '!')
            {
                i = tagEnd + 1;
                continue;
            }

            if (isEnd)
            {
                if (!IsIn(SelfClosingSiblings, name) && !IsIn(Void, name) && depth > 0)
                {
                    depth--;
                }

                i = tagEnd + 1;
                continue;
            }

            elements++;
            if (elements > maxElements)
            {
                cut = $"more than {maxElements} elements";
                return text[..open];
            }

            var selfClosed = text[tagEnd - 1] == '/';
            if (!selfClosed && !IsIn(Void, name) && !IsIn(SelfClosingSiblings, name))
            {
                depth++;
                if (depth > maxDepth)
                {
                    cut = $"nesting deeper than {maxDepth} levels";
                    return text[..open];
                }
            }

            i = tagEnd + 1;
            foreach (var raw in RawText)
            {
                if (name.Equals(raw, StringComparison.OrdinalIgnoreCase))
                {
                    // The content of raw-text elements is not markup: skip to the end tag.
                    var endTag = text.IndexOf("</" + raw, i, StringComparison.OrdinalIgnoreCase);
                    i = endTag < 0 ? text.Length : endTag;
                    break;
                }
            }
        }

        return text;
    }

    private static bool IsIn(HashSet<string> set, ReadOnlySpan<char> name) =>
        set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name);
}
