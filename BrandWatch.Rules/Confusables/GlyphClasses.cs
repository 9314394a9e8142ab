namespace BrandWatch.Rules.Confusables;

/// <summary>
/// A coarse key that merges the ASCII letters squatters swap for one another (dnstwist's glyph table: b/d, c/e, g/q,
/// m/n/r, 1/l/i, 0/o, 3/8, 6/9) and the letter pairs drawn as one letter (cl and dl for d, lb for b, lh for h, lk, ik
/// and lc for k, nn, rn and rr for m, vv for w). Two labels with the same key look alike even after two rounds of such
/// swaps (hcineken, v1tannix). Coarse: compared only as whole labels of four letters or more.
/// </summary>
public static class GlyphClasses
{
    /// <summary>Writes the coarse key of a lower-case ASCII look-alike key into <paramref name="destination"/>; returns its length.</summary>
    public static int Key(ReadOnlySpan<char> source, Span<char> destination, bool clAsD = true)
    {
        var length = 0;
        foreach (var c in source)
        {
            var mapped = c switch
            {
                '0' => 'o',
                '1' or 'i' => 'l',
                '8' => '3',
                '9' => '6',
                'd' => 'b',
                'e' => 'c',
                'q' => 'g',
                'm' or 'r' => 'n',
                _ => c,
            };
            destination[length++] = mapped;

            // Reduce the pair just completed, repeatedly: the stack keeps earlier reductions composable (cll → bl → b).
            while (length >= 2)
            {
                var pair = (destination[length - 2], destination[length - 1]);
                var reduced = pair switch
                {
                    ('l', 'b') or ('b', 'l') => 'b',
                    ('c', 'l') when clAsD => 'b',
                    ('l', 'h') => 'h',
                    ('l', 'k') or ('l', 'c') => 'k',
                    ('n', 'n') => 'n',
                    ('v', 'v') => 'w',
                    _ => '\0',
                };
                if (reduced == '\0')
                {
                    break;
                }

                length--;
                destination[length - 1] = reduced;
            }
        }

        return length;
    }

    /// <summary>
    /// The coarse key as a string (index building; the hot path uses the span overload). <paramref name="clAsD"/>
    /// false reads a c before an l as part of a k (lc) rather than a d (cl): the two readings overlap, so both are kept.
    /// </summary>
    public static string Key(string lookalikeKey, bool clAsD = true)
    {
        ArgumentNullException.ThrowIfNull(lookalikeKey);
        Span<char> buffer = lookalikeKey.Length <= 256 ? stackalloc char[lookalikeKey.Length] : new char[lookalikeKey.Length];
        var length = Key(lookalikeKey, buffer, clAsD);
        return new string(buffer[..length]);
    }
}
