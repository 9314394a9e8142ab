using System.Globalization;
using System.Text;
using AnyAscii;
using BrandWatch.Rules.Domains;

namespace BrandWatch.Rules.Confusables;

/// <summary>
/// UTS #39 confusable skeletons from <c>confusables.txt</c>, and the folded "look-alike key" screening compares:
/// the skeleton with accents dropped, left-over non-ASCII transliterated, lower-cased and passed through
/// <see cref="AsciiLookalikes"/> (rn→m, vv→w, cl→d, 0→o, 1/i→l). Immutable and thread-safe.
/// </summary>
public sealed class ConfusableSkeleton
{
    private static readonly Lazy<ConfusableSkeleton> Shipped = new(() => Parse(EmbeddedText.Read("confusables.txt")));

    private readonly Dictionary<int, string> _prototypes;

    private ConfusableSkeleton(Dictionary<int, string> prototypes) => _prototypes = prototypes;

    /// <summary>The Unicode 17 data shipped in this assembly.</summary>
    public static ConfusableSkeleton Default => Shipped.Value;

    /// <summary>Number of source characters that have a prototype.</summary>
    public int Count => _prototypes.Count;

    /// <summary>Parses the text of confusables.txt (<c>source ; target ; type # comment</c>).</summary>
    public static ConfusableSkeleton Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var prototypes = new Dictionary<int, string>();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Split('#')[0];
            var fields = line.Split(';');
            if (fields.Length < 3)
            {
                continue;
            }

            var source = fields[0].Trim();
            if (source.Length == 0 || source.Contains(' ', StringComparison.Ordinal))
            {
                continue;
            }

            var target = new StringBuilder();
            foreach (var code in fields[1].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                target.Append(char.ConvertFromUtf32(int.Parse(code, NumberStyles.HexNumber, CultureInfo.InvariantCulture)));
            }

            prototypes[int.Parse(source, NumberStyles.HexNumber, CultureInfo.InvariantCulture)] = target.ToString();
        }

        return new ConfusableSkeleton(prototypes);
    }

    /// <summary>The UTS #39 skeleton: NFD, each character replaced by its prototype, NFD again.</summary>
    public string Skeleton(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        foreach (var rune in text.Normalize(NormalizationForm.FormD).EnumerateRunes())
        {
            if (_prototypes.TryGetValue(rune.Value, out var prototype))
            {
                builder.Append(prototype);
            }
            else
            {
                builder.Append(rune.ToString());
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormD);
    }

    // Letters squatters use as look-alikes (dnstwist's glyph table) that confusables.txt maps to another prototype.
    private static readonly Dictionary<char, char> Supplementary = new()
    {
        ['ə'] = 'a', ['ƅ'] = 'b', ['ь'] = 'b', ['ᴋ'] = 'k', ['к'] = 'k', ['ᴍ'] = 'm', ['м'] = 'm', ['ᶌ'] = 'v', ['ƽ'] = '5',
    };

    private static readonly System.Buffers.SearchValues<char> SupplementaryKeys = System.Buffers.SearchValues.Create("əƅьᴋкᴍмᶌƽ");

    private static string Supplement(string label)
    {
        if (label.AsSpan().IndexOfAny(SupplementaryKeys) < 0)
        {
            return label;
        }

        var chars = label.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (Supplementary.TryGetValue(chars[i], out var replacement))
            {
                chars[i] = replacement;
            }
        }

        return new string(chars);
    }

    /// <summary>
    /// The look-alike key of a label: equal keys look alike. <c>pаypal</c> (Cyrillic а), <c>paypai</c>, <c>paypa1</c>,
    /// <c>pàypàl</c> and <c>paypal</c> share the key <c>paypal</c>.
    /// </summary>
    public string LookalikeKey(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        if (Ascii.IsValid(label))
        {
            Span<char> buffer = label.Length <= 256 ? stackalloc char[label.Length] : new char[label.Length];
            var written = AsciiLookalikes.Fold(label, buffer);
            return new string(buffer[..written]);
        }

        var skeleton = Skeleton(Supplement(label));
        var stripped = new StringBuilder(skeleton.Length);
        foreach (var rune in skeleton.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format)
            {
                continue;
            }

            stripped.Append(rune.IsAscii ? rune.ToString() : rune.ToString().Transliterate());
        }

        var ascii = stripped.ToString().ToLowerInvariant();
        var output = new char[ascii.Length];
        var length = AsciiLookalikes.Fold(ascii, output);
        return new string(output, 0, length);
    }
}
