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
        var hash = Add(Offset, element.LocalName);
        if (element.ClassList.Length > 0)
        {
            foreach (var name in element.ClassList.Order(StringComparer.Ordinal))
            {
                hash = Add(Add(hash, "."), name);
            }
        }

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

    private static ulong Add(ulong hash, string text)
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
