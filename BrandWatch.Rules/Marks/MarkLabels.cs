using System.Globalization;
using System.Text;

namespace BrandWatch.Rules.Marks;

/// <summary>Derives the label forms a mark name is written as in a domain: "The Body Shop" → thebodyshop, bodyshop.</summary>
public static class MarkLabels
{
    private static readonly string[] LeadingArticles = ["the ", "la ", "le ", "les ", "el ", "los ", "las ", "die ", "der ", "das "];

    public static IReadOnlyList<string> Derive(string name, IEnumerable<string>? listed)
    {
        var forms = new List<string>();
        void Add(string? form)
        {
            if (!string.IsNullOrEmpty(form) && !forms.Contains(form, StringComparer.Ordinal))
            {
                forms.Add(form);
            }
        }

        // "&" reads as "and" only between words: a name of nothing but punctuation has no label form.
        if (Fold(name).Length > 0)
        {
            var folded = Fold(name.Replace("&", " and ", StringComparison.Ordinal));
            Add(Compact(folded));
            Add(WithoutArticleOf(folded));

            if (name.Contains('&', StringComparison.Ordinal))
            {
                Add(Compact(Fold(name)));
            }

            Add(Accented(name));
            Add(UmlautSpelling(name));
        }

        foreach (var label in listed ?? [])
        {
            Add(NormaliseListed(label));
        }

        return forms;
    }

    /// <summary>Case-folds, strips accents and keeps letters, digits and spaces (other punctuation becomes a space).</summary>
    public static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormKD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark)
            {
                continue;
            }

            builder.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }

        return string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries)).Normalize(NormalizationForm.FormC);
    }

    /// <summary>The label of a name of several words without its leading article (bodyshop of The Body Shop), or null.</summary>
    public static string? WithoutArticle(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return WithoutArticleOf(Fold(name.Replace("&", " and ", StringComparison.Ordinal)));
    }

    private static string? WithoutArticleOf(string folded)
    {
        var stripped = StripArticle(folded);
        return stripped == folded ? null : Compact(stripped);
    }

    private static string StripArticle(string folded)
    {
        foreach (var article in LeadingArticles)
        {
            if (folded.StartsWith(article, StringComparison.Ordinal) && folded.Length > article.Length)
            {
                return folded[article.Length..];
            }
        }

        return folded;
    }

    /// <summary>
    /// The name as its owner writes it, accents kept (kettenzüge of Kettenzüge, nestlé of Nestlé), or null when it has
    /// no accented Latin letter: an internationalised name spelt so is the mark itself, not a look-alike of its folded
    /// form. A letter of another script or one of its own (ß, ø) leaves the name to the folded form and the screener's
    /// script rules.
    /// </summary>
    private static string? Accented(string name)
    {
        var builder = new StringBuilder(name.Length);
        var accented = false;
        foreach (var c in name.Normalize(NormalizationForm.FormC))
        {
            if (!char.IsLetterOrDigit(c))
            {
                continue;
            }

            var lower = char.ToLowerInvariant(c);
            if (!char.IsAscii(lower))
            {
                var decomposed = lower.ToString().Normalize(NormalizationForm.FormD);
                if (decomposed.Length < 2 || !char.IsAsciiLetter(decomposed[0]))
                {
                    return null;
                }

                accented = true;
            }

            builder.Append(lower);
        }

        return accented ? builder.ToString() : null;
    }

    /// <summary>
    /// The name with its umlauts and ß written out as German writes them without the letters (kettenzuege of Kettenzüge,
    /// strassenord of Straße Nord), other accents folded; null when it has neither.
    /// </summary>
    internal static string? UmlautSpelling(string name)
    {
        var lower = name.Normalize(NormalizationForm.FormC).ToLowerInvariant();
        if (lower.IndexOfAny(['ä', 'ö', 'ü', 'ß']) < 0)
        {
            return null;
        }

        var written = lower.Replace("ä", "ae", StringComparison.Ordinal).Replace("ö", "oe", StringComparison.Ordinal)
            .Replace("ü", "ue", StringComparison.Ordinal).Replace("ß", "ss", StringComparison.Ordinal);
        return Compact(Fold(written.Replace("&", " and ", StringComparison.Ordinal)));
    }

    private static string Compact(string folded) => folded.Replace(" ", string.Empty, StringComparison.Ordinal);

    private static string NormaliseListed(string label)
    {
        var trimmed = label.Trim().ToLowerInvariant().Normalize(NormalizationForm.FormC);
        return trimmed.Replace(" ", string.Empty, StringComparison.Ordinal);
    }
}
