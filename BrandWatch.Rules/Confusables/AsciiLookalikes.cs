namespace BrandWatch.Rules.Confusables;

/// <summary>
/// The ASCII look-alikes squatters use, folded to one form: <c>rn</c>→m, <c>vv</c>→w, <c>cl</c>→d, <c>0</c>→o,
/// <c>1</c>, <c>i</c> (a lower-cased <c>I</c>) → l. Feeds arrive lower-cased, so <c>paypaI</c> is read as <c>paypai</c>.
/// </summary>
public static class AsciiLookalikes
{
    /// <summary>The pairs, as data a test can enumerate: what a squatter writes, and what it imitates.</summary>
    public static IReadOnlyList<(string Written, string Imitated)> Pairs { get; } =
    [
        ("rn", "m"), ("vv", "w"), ("cl", "d"), ("0", "o"), ("1", "l"), ("i", "l"),
    ];

    /// <summary>Folds lower-case ASCII <paramref name="source"/> into <paramref name="destination"/>; returns the length written.</summary>
    public static int Fold(ReadOnlySpan<char> source, Span<char> destination)
    {
        var written = 0;
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            var next = i + 1 < source.Length ? source[i + 1] : '\0';
            switch (c)
            {
                case 'r' when next == 'n':
                    destination[written++] = 'm';
                    i++;
                    break;
                case 'v' when next == 'v':
                    destination[written++] = 'w';
                    i++;
                    break;
                case 'c' when next == 'l':
                    destination[written++] = 'd';
                    i++;
                    break;
                case '0':
                    destination[written++] = 'o';
                    break;
                case '1' or 'i' or 'I':
                    destination[written++] = 'l';
                    break;
                default:
                    destination[written++] = c;
                    break;
            }
        }

        return written;
    }

    /// <summary>True when folding changes nothing (no look-alike sequence in the text).</summary>
    public static bool IsFolded(ReadOnlySpan<char> source)
    {
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            if (c is '0' or '1' or 'i' or 'I')
            {
                return false;
            }

            if (i + 1 < source.Length && ((c == 'r' && source[i + 1] == 'n') || (c == 'v' && source[i + 1] == 'v') || (c == 'c' && source[i + 1] == 'l')))
            {
                return false;
            }
        }

        return true;
    }
}
