using System.Buffers;

namespace BrandWatch.Rules.Screening;

/// <summary>
/// A SymSpell-style deletion index: every form is stored under the hashes of the strings left after deleting up to
/// its allowed number of characters; a query hashes its own deletions and meets the forms within that distance.
/// Hashes are polynomial, so a deletion is hashed in O(1) from prefix hashes without building the string.
/// Open addressing over two flat arrays; immutable after construction.
/// </summary>
/// <remarks>
/// The miss path is what costs: a label of n letters has n²/2 two-deletion strings. Each probe reads one word of a
/// filter with two bits per stored key (about one false pass in fifty); only survivors read the table, which is far
/// larger than the cache. A second query of the same text with two deletions probes only the pairs, and of those only the
/// pairs whose string may be stored as far as its first and last characters tell (see PairKeys).
/// </remarks>
internal sealed class DeletionIndex
{
    private const ulong Base = 0x100000001B3UL;
    private const int MaxText = 64;

    private readonly ulong[] _keys;
    private readonly int[] _values;
    private readonly int _mask;

    // Two bits per key in one 64-bit word, 16 bits per key in all.
    private readonly ulong[] _filter;
    private readonly int _filterWordMask;

    // The ends of the stored strings: one bit per (length, start or end, its first or last 1..EndLength characters),
    // 16 bits per end. A label's pair probes skip every pair that keeps an end no stored string of that length has.
    private const int EndLength = 4;
    private readonly ulong[] _ends;
    private readonly int _endMask;

    public DeletionIndex(IReadOnlyList<(string Text, int MaxDeletions)> forms)
    {
        var entries = new List<(ulong Key, int Form)>();
        var seen = new HashSet<ulong>();
        var ends = new HashSet<ulong>();
        var deleted = new char[MaxText];
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
            Add(Finish(prefix[n], n), -1, -1);
            for (var i = 0; i < n; i++)
            {
                Add(SingleKey(prefix, n, i), i, -1);
                if (maxDeletions < 2)
                {
                    continue;
                }

                var left = prefix[i];
                for (var j = i + 1; j < n; j++)
                {
                    Add(PairKey(prefix, n, j, left), i, j);
                    left = unchecked((left * Base) + text[j] + 1);
                }
            }

            void Add(ulong key, int i, int j)
            {
                if (seen.Add(key))
                {
                    entries.Add((key, id));
                    var length = 0;
                    for (var p = 0; p < text.Length; p++)
                    {
                        if (p != i && p != j)
                        {
                            deleted[length++] = text[p];
                        }
                    }

                    AddEnds(deleted.AsSpan(0, length), ends);
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
        while (filterBits < entries.Count * 16 && filterBits < 1 << 27)
        {
            filterBits <<= 1;
        }

        _filter = new ulong[filterBits / 64];
        _filterWordMask = (filterBits / 64) - 1;
        foreach (var (key, _) in entries)
        {
            _filter[(int)((key >> 40) & (ulong)_filterWordMask)] |= FilterBits(key);
        }

        var endBits = 1 << 16;
        while (endBits < ends.Count * 16 && endBits < 1 << 27)
        {
            endBits <<= 1;
        }

        _ends = new ulong[endBits / 64];
        _endMask = endBits - 1;
        foreach (var end in ends)
        {
            var bit = (int)(end & (ulong)_endMask);
            _ends[bit >> 6] |= 1UL << (bit & 63);
        }

        Entries = entries.Count;
    }

    private static void AddEnds(ReadOnlySpan<char> text, HashSet<ulong> ends)
    {
        var start = StartEnd(text.Length);
        var end = EndEnd(text.Length);
        for (var k = 1; k <= EndLength && k <= text.Length; k++)
        {
            start = NextEnd(start, text[k - 1]);
            end = NextEnd(end, text[^k]);
            ends.Add(Mix(start));
            ends.Add(Mix(end));
        }
    }

    // An end is hashed character by character, from the string's length and side, so that a query extends it one
    // character at a time.
    private static ulong StartEnd(int length) => unchecked(((ulong)length * 0x9E3779B97F4A7C15UL) + 1);

    private static ulong EndEnd(int length) => unchecked(((ulong)length * 0x9E3779B97F4A7C15UL) + 2);

    private static ulong NextEnd(ulong hash, char c) => unchecked((hash * 0x100000001B3UL) + c + 1);

    private static ulong Mix(ulong hash)
    {
        var mixed = unchecked(hash * 0xBF58476D1CE4E5B9UL);
        return mixed ^ (mixed >> 31);
    }

    private bool HasEnd(ulong hash)
    {
        var bit = (int)(Mix(hash) & (ulong)_endMask);
        return (_ends[bit >> 6] & (1UL << (bit & 63))) != 0;
    }

    /// <summary>
    /// How many of the text's first characters a string of <paramref name="length"/> characters can start with as far as
    /// the ends say: a stored string of that length starts with the first k characters for every k up to the result
    /// (EndLength or more: no limit known). With <paramref name="fromEnd"/>, the same of its last characters.
    /// </summary>
    private int SharedEnd(ReadOnlySpan<char> text, int length, bool fromEnd)
    {
        var hash = fromEnd ? EndEnd(length) : StartEnd(length);
        for (var k = 1; k <= EndLength && k <= length; k++)
        {
            hash = NextEnd(hash, fromEnd ? text[^k] : text[k - 1]);
            if (!HasEnd(hash))
            {
                return k - 1;
            }
        }

        return text.Length;
    }

    public int Entries { get; }

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

        // All probe keys first, then the filter in one pass with no data-dependent branch, so the CPU overlaps the
        // cache misses of the filter words instead of waiting for each in turn; the table is read only for survivors.
        var pairs = maxDeletions >= 2 && n >= 3 ? n * (n - 1) / 2 : 0;
        var count = (minDeletions == 0 ? 1 : 0) + (maxDeletions >= 1 && minDeletions <= 1 ? n : 0) + pairs;
        // A long label's two-deletion probes (n²/2) outgrow the stack: borrow, do not allocate, per name.
        var rented = count <= 256 ? null : ArrayPool<ulong>.Shared.Rent(count);
        Span<ulong> keys = rented is null ? stackalloc ulong[count] : rented;
        try
        {
            var k = Keys(text, n, minDeletions, maxDeletions, prefix, keys);
            if (pairs > 0)
            {
                k = PairKeys(text, n, prefix, keys, k);
            }

            return ProbeAll(keys[..k], found, stopAtFirst);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<ulong>.Shared.Return(rented);
            }
        }
    }

    private static int Keys(ReadOnlySpan<char> text, int n, int minDeletions, int maxDeletions, ReadOnlySpan<ulong> prefix, Span<ulong> keys)
    {
        var k = 0;
        if (minDeletions == 0)
        {
            keys[k++] = Finish(prefix[n], n);
        }

        if (maxDeletions >= 1 && minDeletions <= 1)
        {
            for (var i = 0; i < n; i++)
            {
                // Deleting the second of two equal letters gives the same string: skip the duplicate probe.
                if (i > 0 && text[i] == text[i - 1])
                {
                    continue;
                }

                keys[k++] = SingleKey(prefix, n, i);
            }
        }

        return k;
    }

    // The pairs after the first k keys, in lexicographic order, but only those whose string may be stored: a pair that
    // deletes neither of the first kept+1 characters keeps a start no stored string of its length has (SharedEnd),
    // and likewise at the end, so it is not probed. Most pairs of an ordinary label are skipped that way.
    private int PairKeys(ReadOnlySpan<char> text, int n, ReadOnlySpan<ulong> prefix, Span<ulong> keys, int k)
    {
        var lastI = Math.Min(SharedEnd(text, n - 2, fromEnd: false), n - 1);
        var firstJ = n - 1 - SharedEnd(text, n - 2, fromEnd: true);
        for (var i = 0; i <= lastI; i++)
        {
            // As for single deletions: deleting the second of two equal letters gives the string an earlier pair
            // gave (the first of them deleted instead), which met the same forms; skip the duplicate probe.
            if (i > 0 && text[i] == text[i - 1])
            {
                continue;
            }

            var j = Math.Max(i + 1, firstJ);
            var left = Join(prefix[i], Sub(prefix, i + 1, j), j - i - 1);
            for (; j < n; j++)
            {
                if (j == i + 1 || text[j] != text[j - 1])
                {
                    keys[k++] = PairKey(prefix, n, j, left);
                }

                left = unchecked((left * Base) + text[j] + 1);
            }
        }

        return k;
    }

    private bool ProbeAll(Span<ulong> keys, List<int>? found, bool stopAtFirst)
    {
        var filter = _filter;
        var wordMask = (ulong)_filterWordMask;
        var survivors = 0;
        for (var i = 0; i < keys.Length; i++)
        {
            var key = keys[i];
            var bits = FilterBits(key);
            var pass = (filter[(int)((key >> 40) & wordMask)] & bits) == bits;
            keys[survivors] = key;
            survivors += pass ? 1 : 0;
        }

        var any = false;
        for (var i = 0; i < survivors; i++)
        {
            if (Probe(keys[i], found))
            {
                any = true;
                if (stopAtFirst)
                {
                    return true;
                }
            }
        }

        return any;
    }

    // Two bits of one filter word per key (bits apart from the word index and the table slot).
    private static ulong FilterBits(ulong key) => (1UL << (int)((key >> 28) & 63)) | (1UL << (int)((key >> 34) & 63));

    private bool Probe(ulong key, List<int>? found)
    {
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
