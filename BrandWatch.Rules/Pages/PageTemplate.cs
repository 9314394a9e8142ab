using System.Buffers;
using AngleSharp.Dom;

namespace BrandWatch.Rules.Pages;

/// <summary>
/// The structural fingerprint of a page: a 64-bit hash of its element tree (tag names, class names, input types),
/// blind to text, links and image addresses, with runs of identical siblings counted once. A kit re-worded for another
/// brand, or a list grown by a few items, keeps its fingerprint; a different layout does not. Pages too small to tell
/// one site from another (a redirect stub, an error page) have none.
/// </summary>
public static class PageTemplate
{
    /// <summary>Pages with fewer elements than this have no fingerprint: their skeletons are shared by chance.</summary>
    public const int MinElements = 20;

    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    // The HTML space characters AngleSharp splits class names on.
    private static readonly SearchValues<char> ClassSeparators = SearchValues.Create(" \t\n\r\f");

    /// <summary>The fingerprint of a parsed page as 16 lower-case hex digits; null for a page too small to tell.</summary>
    public static string? Of(IDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.DocumentElement is not { } root)
        {
            return null;
        }

        var count = 0;
        var hash = Node(root, ref count);
        return count < MinElements ? null : hash.ToString("x16", System.Globalization.CultureInfo.InvariantCulture);
    }

    private static ulong Node(IElement element, ref int count)
    {
        count++;
        var hash = AddClasses(Add(Offset, element.LocalName), element);

        if (element.LocalName == "input")
        {
            hash = Add(Add(hash, "["), element.GetAttribute("type") ?? "text");
        }

        // Scripts, styles and inline drawings vary with every build; their content says nothing of the layout.
        if (element.LocalName is "script" or "style" or "svg" or "noscript" or "template")
        {
            return hash;
        }

        hash = Add(hash, "(");
        ulong previous = 0;
        foreach (var child in element.Children)
        {
            var childHash = Node(child, ref count);
            if (childHash != previous)
            {
                hash = Mix(hash, childHash);
                previous = childHash;
            }
        }

        return Add(hash, ")");
    }

    /// <summary>
    /// Adds the element's distinct class names in ordinal order, each after a dot: what hashing its
    /// <c>ClassList</c> in order gives, read from the attribute without building AngleSharp's token list.
    /// </summary>
    private static ulong AddClasses(ulong hash, IElement element)
    {
        var value = element.GetAttribute("class");
        if (string.IsNullOrEmpty(value))
        {
            return hash;
        }

        Span<Range> names = stackalloc Range[32];
        var count = 0;
        foreach (var range in value.AsSpan().SplitAny(ClassSeparators))
        {
            if (value.AsSpan()[range].IsEmpty)
            {
                continue;
            }

            if (count == names.Length)
            {
                // More names than the stack holds (rare): the token list's own order.
                foreach (var name in element.ClassList.Order(StringComparer.Ordinal))
                {
                    hash = Add(Add(hash, "."), name);
                }

                return hash;
            }

            // Insertion sort: an element has a handful of classes.
            var at = count++;
            while (at > 0 && value.AsSpan()[names[at - 1]].SequenceCompareTo(value.AsSpan()[range]) > 0)
            {
                names[at] = names[at - 1];
                at--;
            }

            names[at] = range;
        }

        for (var i = 0; i < count; i++)
        {
            var name = value.AsSpan()[names[i]];
            if (i > 0 && name.SequenceEqual(value.AsSpan()[names[i - 1]]))
            {
                // The token list holds each name once.
                continue;
            }

            hash = Add(Add(hash, "."), name);
        }

        return hash;
    }

    private static ulong Add(ulong hash, ReadOnlySpan<char> text)
    {
        foreach (var ch in text)
        {
            hash = (hash ^ ch) * Prime;
        }

        return hash;
    }

    private static ulong Mix(ulong hash, ulong value)
    {
        for (var i = 0; i < 8; i++)
        {
            hash = (hash ^ (byte)(value >> (i * 8))) * Prime;
        }

        return hash;
    }
}
