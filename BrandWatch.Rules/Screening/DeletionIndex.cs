namespace BrandWatch.Rules.Screening;

/// <summary>
/// A SymSpell-style deletion index: every form is stored under the hashes of the strings left after deleting up to
/// its allowed number of characters; a query hashes its own deletions and meets the forms within that distance.
/// Hashes are polynomial, so a deletion is hashed in O(1) from prefix hashes without building the string.
/// Open addressing over two flat arrays; immutable after construction.
/// </summary>
/// <remarks>
/// The miss path is what costs: a label of n letters has n²/2 two-deletion strings, and each used to be a random read
/// of a filter larger than the cache. Two filters now answer first. The <em>shape</em> of a deleted string (its length,
/// first two and last two letters) is shared by almost all deletions of one label, since most deletions leave both
/// ends alone, so a query meets a dozen shapes, not n²/2 hashes; a shape no stored string has rules out every deletion
/// with it before its hash is even computed. Survivors are checked against a one-bit-per-key filter, then the table.
/// </remarks>
internal sealed class DeletionIndex
{
    private const ulong Base = 0x100000001B3UL;
    private const int MaxText = 64;

    // The position of a deletion not made: past every character, so At never skips for it.
    private const int NoSecond = int.MaxValue;

    private readonly ulong[] _keys;
    private readonly int[] _values;
    private readonly int _mask;

    // One bit per key hash, eight times sparser than the table: most probes that pass the shape filter end here.
    private readonly ulong[] _filter;
    private readonly int _filterMask;

    // One bit per shape of a stored string (about 16 bits per shape), small enough to stay in the cache.
    private readonly ulong[] _shapes;
    private readonly int _shapeMask;

    public DeletionIndex(IReadOnlyList<(string Text, int MaxDeletions)> forms)
    {
        var entries = new List<(ulong Key, int Form)>();
        var shapes = new HashSet<ulong>();
        var seen = new HashSet<ulong>();
        var prefix = new ulong[MaxText + 1];
        for (var id = 0; id < forms.Count; id++)
        {
            var (text, maxDeletions) = forms[id];
            if (maxDeletions <= 0 || text.Length >= MaxText)
            {
                continue;
            }

            seen.Clear();
            Prefix(text, prefix);
            var n = text.Length;

            // The order of the entries decides the order of the forms a probe meets in one cluster: kept as it was
            // (the whole text, then each single deletion followed by the pairs that start with it).
            Add(Finish(prefix[n], n), Shape(text, n, NoSecond, NoSecond));
            for (var i = 0; i < n; i++)
            {
                Add(SingleKey(prefix, n, i), Shape(text, n - 1, i, NoSecond));
                if (maxDeletions < 2)
                {
                    continue;
                }

                var left = prefix[i];
                for (var j = i + 1; j < n; j++)
                {
                    Add(PairKey(prefix, n, j, left), Shape(text, n - 2, i, j));
                    left = unchecked((left * Base) + text[j] + 1);
                }
            }

            void Add(ulong key, ulong shape)
            {
                shapes.Add(shape);
                if (seen.Add(key))
                {
                    entries.Add((key, id));
                }
            }
        }

        var capacity = 16;
        while (capacity < entries.Count * 2)
        {
            capacity <<= 1;
        }

        _keys = new ulong[capacity];
        _values = new int[capacity];
        _mask = capacity - 1;
        foreach (var (key, form) in entries)
        {
            var slot = (int)(key & (ulong)_mask);
            while (_keys[slot] != 0)
            {
                slot = (slot + 1) & _mask;
            }

            _keys[slot] = key;
            _values[slot] = form;
        }

        var filterBits = 1 << 16;
        while (filterBits < entries.Count * 8 && filterBits < 1 << 26)
        {
            filterBits <<= 1;
        }

        _filter = new ulong[filterBits / 64];
        _filterMask = filterBits - 1;
        foreach (var (key, _) in entries)
        {
            var bit = (int)((key >> 32) & (ulong)_filterMask);
            _filter[bit >> 6] |= 1UL << (bit & 63);
        }

        var shapeBits = 1 << 12;
        while (shapeBits < shapes.Count * 16 && shapeBits < 1 << 24)
        {
            shapeBits <<= 1;
        }

        _shapes = new ulong[shapeBits / 64];
        _shapeMask = shapeBits - 1;
        foreach (var shape in shapes)
        {
            var bit = (int)(shape & (ulong)_shapeMask);
            _shapes[bit >> 6] |= 1UL << (bit & 63);
        }

        Entries = entries.Count;
        Shapes = shapes.Count;
    }

    public int Entries { get; }

    /// <summary>Distinct shapes (length, first two and last two letters) of the stored strings.</summary>
    public int Shapes { get; }

    /// <summary>Adds to <paramref name="found"/> every form id sharing a deletion (up to <paramref name="maxDeletions"/>) with the text.</summary>
    public void Query(ReadOnlySpan<char> text, int maxDeletions, List<int> found) => Query(text, 0, maxDeletions, found, stopAtFirst: false);

    /// <summary>
    /// Adds the forms met only through two deletions of the text (after a <see cref="Query"/> with one deletion of the
    /// same text, whose forms are already in <paramref name="found"/>; the result is the same as a query with two).
    /// </summary>
    public void QueryPairs(ReadOnlySpan<char> text, List<int> found) => Query(text, 2, 2, found, stopAtFirst: false);

    /// <summary>True when some form shares a deletion (up to <paramref name="maxDeletions"/>) with the text.</summary>
    public bool Any(ReadOnlySpan<char> text, int maxDeletions) => Query(text, 0, maxDeletions, null, stopAtFirst: true);

    // Probes in a fixed order (the whole text, single deletions left to right, pairs in lexicographic order) and adds
    // the forms in the order met, as the rules' tie-breaks depend on it.
    private bool Query(ReadOnlySpan<char> text, int minDeletions, int maxDeletions, List<int>? found, bool stopAtFirst)
    {
        var n = text.Length;
        if (n >= MaxText || n == 0)
        {
            return false;
        }

        // Sized to the text: stack memory is zeroed on entry, and most labels are short.
        Span<ulong> prefix = stackalloc ulong[n + 1];
        Prefix(text, prefix);
        var any = false;
        if (minDeletions == 0 && HasShape(Shape(text, n, NoSecond, NoSecond)) && Probe(Finish(prefix[n], n), found))
        {
            any = true;
            if (stopAtFirst)
            {
                return true;
            }
        }

        if (maxDeletions >= 1 && minDeletions <= 1)
        {
            var lastShape = 0UL;
            var lastPasses = false;
            var known = false;
            for (var i = 0; i < n; i++)
            {
                // Deleting the second of two equal letters gives the same string: skip the duplicate probe.
                if (i > 0 && text[i] == text[i - 1])
                {
                    continue;
                }

                var shape = Shape(text, n - 1, i, NoSecond);
                if (!known || shape != lastShape)
                {
                    (lastShape, lastPasses, known) = (shape, HasShape(shape), true);
                }

                if (lastPasses && Probe(SingleKey(prefix, n, i), found))
                {
                    any = true;
                    if (stopAtFirst)
                    {
                        return true;
                    }
                }
            }
        }

        if (maxDeletions >= 2 && n >= 3)
        {
            var lastShape = 0UL;
            var lastPasses = false;
            var known = false;
            for (var i = 0; i < n; i++)
            {
                var left = prefix[i];
                for (var j = i + 1; j < n; j++)
                {
                    var shape = Shape(text, n - 2, i, j);
                    if (!known || shape != lastShape)
                    {
                        (lastShape, lastPasses, known) = (shape, HasShape(shape), true);
                    }

                    if (lastPasses && Probe(PairKey(prefix, n, j, left), found))
                    {
                        any = true;
                        if (stopAtFirst)
                        {
                            return true;
                        }
                    }

                    left = unchecked((left * Base) + text[j] + 1);
                }
            }
        }

        return any;
    }

    private bool HasShape(ulong shape)
    {
        var bit = (int)(shape & (ulong)_shapeMask);
        return (_shapes[bit >> 6] & (1UL << (bit & 63))) != 0;
    }

    private bool Probe(ulong key, List<int>? found)
    {
        var filterBit = (int)((key >> 32) & (ulong)_filterMask);
        if ((_filter[filterBit >> 6] & (1UL << (filterBit & 63))) == 0)
        {
            return false;
        }

        var slot = (int)(key & (ulong)_mask);
        var hit = false;
        while (true)
        {
            var stored = _keys[slot];
            if (stored == 0)
            {
                return hit;
            }

            if (stored == key)
            {
                hit = true;
                if (found is null)
                {
                    return true;
                }

                if (!found.Contains(_values[slot]))
                {
                    found.Add(_values[slot]);
                }
            }

            slot = (slot + 1) & _mask;
        }
    }

    /// <summary>
    /// The shape of the text with positions <paramref name="i"/> and <paramref name="j"/> deleted (i &lt; j;
    /// <see cref="NoSecond"/> for none): its length and its first two and last two characters, mixed into 64 bits.
    /// </summary>
    private static ulong Shape(ReadOnlySpan<char> text, int length, int i, int j)
    {
        var shape = (ulong)length;
        shape = unchecked((shape * Base) + At(text, length, i, j, 0));
        shape = unchecked((shape * Base) + At(text, length, i, j, 1));
        shape = unchecked((shape * Base) + At(text, length, i, j, length - 2));
        shape = unchecked((shape * Base) + At(text, length, i, j, length - 1));
        shape = unchecked(shape * 0x9E3779B97F4A7C15UL);
        return shape ^ (shape >> 31);
    }

    // The character at position p of the text with i and j deleted, plus one (0 when p is outside the shorter string).
    private static uint At(ReadOnlySpan<char> text, int length, int i, int j, int p)
    {
        if ((uint)p >= (uint)length)
        {
            return 0;
        }

        if (p >= i)
        {
            p++;
            if (p >= j)
            {
                p++;
            }
        }

        return (uint)text[p] + 1;
    }

    private static ulong SingleKey(ReadOnlySpan<ulong> prefix, int n, int i) =>
        Finish(Join(prefix[i], Sub(prefix, i + 1, n), n - i - 1), n - 1);

    // left: the hash of the text before j with i deleted, built up by the caller as j advances.
    private static ulong PairKey(ReadOnlySpan<ulong> prefix, int n, int j, ulong left) =>
        Finish(Join(left, Sub(prefix, j + 1, n), n - j - 1), n - 2);

    private static void Prefix(ReadOnlySpan<char> text, Span<ulong> prefix)
    {
        prefix[0] = 0;
        for (var i = 0; i < text.Length; i++)
        {
            prefix[i + 1] = unchecked((prefix[i] * Base) + text[i] + 1);
        }
    }

    private static ulong Sub(ReadOnlySpan<ulong> prefix, int from, int to) => unchecked(prefix[to] - (prefix[from] * Power(to - from)));

    private static ulong Join(ulong left, ulong right, int rightLength) => unchecked((left * Power(rightLength)) + right);

    // Mixes the length in and keeps 0 free as the empty-slot marker.
    private static ulong Finish(ulong hash, int length)
    {
        var mixed = unchecked((hash ^ ((ulong)length << 56)) * 0x9E3779B97F4A7C15UL);
        mixed ^= mixed >> 29;
        return mixed == 0 ? 1 : mixed;
    }

    private static readonly ulong[] Powers = BuildPowers();

    private static ulong Power(int exponent) => Powers[exponent];

    private static ulong[] BuildPowers()
    {
        var powers = new ulong[MaxText + 1];
        powers[0] = 1;
        for (var i = 1; i < powers.Length; i++)
        {
            powers[i] = unchecked(powers[i - 1] * Base);
        }

        return powers;
    }
}
