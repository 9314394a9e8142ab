using System.Buffers;

namespace BrandWatch.Rules.Screening;

/// <summary>
/// A SymSpell-style deletion index: every form is stored under the hashes of the strings left after deleting up to
/// its allowed number of characters; a query hashes its own deletions and meets the forms within that distance.
/// Hashes are polynomial, so a deletion is hashed in O(1) from prefix hashes without building the string.
/// Open addressing over two flat arrays; immutable after construction.
/// </summary>
internal sealed class DeletionIndex
{
    private const ulong Base = 0x100000001B3UL;
    private const int MaxText = 64;

    private readonly ulong[] _keys;
    private readonly int[] _values;
    private readonly int _mask;

    // One bit per key hash, eight times sparser than the table and small enough to stay in cache: most probes of the
    // miss path end here instead of in the table.
    private readonly ulong[] _filter;
    private readonly int _filterMask;

    public DeletionIndex(IReadOnlyList<(string Text, int MaxDeletions)> forms)
    {
        var entries = new List<(ulong Key, int Form)>();
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
            ForEachDeletion(text.Length, prefix, maxDeletions, key =>
            {
                if (seen.Add(key))
                {
                    entries.Add((key, id));
                }
            });
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

        Entries = entries.Count;
    }

    public int Entries { get; }

    /// <summary>Adds to <paramref name="found"/> every form id sharing a deletion (up to <paramref name="maxDeletions"/>) with the text.</summary>
    public void Query(ReadOnlySpan<char> text, int maxDeletions, List<int> found) => Query(text, maxDeletions, found, stopAtFirst: false);

    /// <summary>True when some form shares a deletion (up to <paramref name="maxDeletions"/>) with the text.</summary>
    public bool Any(ReadOnlySpan<char> text, int maxDeletions) => Query(text, maxDeletions, null, stopAtFirst: true);

    private bool Query(ReadOnlySpan<char> text, int maxDeletions, List<int>? found, bool stopAtFirst)
    {
        var n = text.Length;
        if (n >= MaxText || n == 0)
        {
            return false;
        }

        // Sized to the text: stack memory is zeroed on entry, and most labels are short.
        Span<ulong> prefix = stackalloc ulong[n + 1];
        Prefix(text, prefix);

        // All probe keys first, then the filter bits in one pass with no data-dependent branch, so the CPU overlaps the
        // cache misses of the filter words instead of waiting for each in turn; the table is read only for survivors.
        var pairs = maxDeletions >= 2 && n >= 3 ? n * (n - 1) / 2 : 0;
        var count = 1 + (maxDeletions >= 1 ? n : 0) + pairs;
        // A long label's two-deletion probes (n²/2) outgrow the stack: borrow, do not allocate, per name.
        var rented = count <= 256 ? null : ArrayPool<ulong>.Shared.Rent(count);
        Span<ulong> keys = rented is null ? stackalloc ulong[count] : rented;
        try
        {
            return ProbeAll(text, n, maxDeletions, pairs, prefix, keys, found, stopAtFirst);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<ulong>.Shared.Return(rented);
            }
        }
    }

    private bool ProbeAll(ReadOnlySpan<char> text, int n, int maxDeletions, int pairs, ReadOnlySpan<ulong> prefix, Span<ulong> keys, List<int>? found, bool stopAtFirst)
    {
        var k = 0;
        keys[k++] = Finish(prefix[n], n);
        if (maxDeletions >= 1)
        {
            for (var i = 0; i < n; i++)
            {
                // Deleting the second of two equal letters gives the same string: skip the duplicate probe.
                if (i > 0 && text[i] == text[i - 1])
                {
                    continue;
                }

                keys[k++] = Finish(Join(Sub(prefix, 0, i), Sub(prefix, i + 1, n), n - i - 1), n - 1);
            }
        }

        if (pairs > 0)
        {
            for (var i = 0; i < n; i++)
            {
                for (var j = i + 1; j < n; j++)
                {
                    var left = Join(Sub(prefix, 0, i), Sub(prefix, i + 1, j), j - i - 1);
                    keys[k++] = Finish(Join(left, Sub(prefix, j + 1, n), n - j - 1), n - 2);
                }
            }
        }

        var filter = _filter;
        var filterMask = (ulong)_filterMask;
        var survivors = 0;
        for (var i = 0; i < k; i++)
        {
            var bit = (int)((keys[i] >> 32) & filterMask);
            var pass = (filter[bit >> 6] >> (bit & 63)) & 1;
            keys[survivors] = keys[i];
            survivors += (int)pass;
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

    private static void ForEachDeletion(int n, ReadOnlySpan<ulong> prefix, int maxDeletions, Action<ulong> add)
    {
        add(Finish(prefix[n], n));
        for (var i = 0; i < n; i++)
        {
            add(Finish(Join(Sub(prefix, 0, i), Sub(prefix, i + 1, n), n - i - 1), n - 1));
            if (maxDeletions < 2)
            {
                continue;
            }

            for (var j = i + 1; j < n; j++)
            {
                var left = Join(Sub(prefix, 0, i), Sub(prefix, i + 1, j), j - i - 1);
                add(Finish(Join(left, Sub(prefix, j + 1, n), n - j - 1), n - 2));
            }
        }
    }

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
