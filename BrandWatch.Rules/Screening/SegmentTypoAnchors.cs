namespace BrandWatch.Rules.Screening;

/// <summary>
/// Where a typo of a form can sit at the start or the end of a label token, found without trying every split of the
/// token. One edit touches one of two neighbouring pieces of the form, so the other piece is still there as written:
/// at the token's edge (the form's first — or last — three or four letters), or one position either side of where it
/// belongs (the next three or four letters). The rule probes those few places, each first against a bit table that
/// stays in cache, and aligns the token with a form only when a piece is there. Immutable once built.
/// </summary>
internal sealed class SegmentTypoAnchors
{
    /// <summary>The shortest form met this way: one edit changes a sixth of it (the combination rules' own floor).</summary>
    public const int MinFormLength = 6;

    /// <summary>The longest form met this way; longer names hardly occur as one piece of a label.</summary>
    public const int MaxFormLength = 30;

    private readonly AnchorTable _headEdge = new();
    private readonly AnchorTable _headInner = new();
    private readonly AnchorTable _tailEdge = new();
    private readonly AnchorTable _tailInner = new();

    public SegmentTypoAnchors(IEnumerable<(int Id, string Text)> forms)
    {
        foreach (var (id, text) in forms)
        {
            var length = text.Length;
            if (length < MinFormLength || length > MaxFormLength)
            {
                continue;
            }

            var (edge, inner) = Split(length);
            _headEdge.Add(text[..edge], id);
            _headInner.Add(text.Substring(edge, inner), id);
            _tailEdge.Add(text[^edge..], id);
            _tailInner.Add(text.Substring(length - edge - inner, inner), id);
        }

        _headEdge.Freeze();
        _headInner.Freeze();
        _tailEdge.Freeze();
        _tailInner.Freeze();
        IsEmpty = _headEdge.Count == 0;
    }

    /// <summary>True when no form is long enough to be met this way.</summary>
    public bool IsEmpty { get; }

    /// <summary>
    /// How a form of this length is cut: the piece at the edge, then the inner piece next to it. Both are three letters
    /// at least, so that a probe picks out few forms.
    /// </summary>
    public static (int Edge, int Inner) Split(int length) => length >= 8 ? (4, 4) : (3, length - 3 >= 4 ? 4 : 3);

    /// <summary>
    /// Writes into <paramref name="into"/> every form that may be written, with one edit, at the start of the token
    /// (head) or at its end, each once; returns how many (at most the span's length).
    /// </summary>
    public int Collect(ReadOnlySpan<char> token, bool head, Span<int> into)
    {
        var n = token.Length;
        var count = 0;
        var edgeTable = head ? _headEdge : _tailEdge;
        var innerTable = head ? _headInner : _tailInner;
        for (var edge = 3; edge <= 4 && edge <= n; edge++)
        {
            count = Probe(edgeTable, head ? token[..edge] : token[(n - edge)..], into, count);
        }

        // The inner piece sits 'edge' letters in, one less after an omission, one more after an insertion: three letters
        // long after an edge of three (forms of six letters), four long after an edge of three or four.
        for (var offset = 2; offset <= 4; offset++)
        {
            count = ProbeInner(innerTable, token, head, offset, 3, into, count);
        }

        for (var offset = 2; offset <= 5; offset++)
        {
            count = ProbeInner(innerTable, token, head, offset, 4, into, count);
        }

        return count;
    }

    private static int ProbeInner(AnchorTable table, ReadOnlySpan<char> token, bool head, int offset, int length, Span<int> into, int count)
    {
        var n = token.Length;
        return offset + length > n ? count : Probe(table, head ? token.Slice(offset, length) : token.Slice(n - offset - length, length), into, count);
    }

    private static int Probe(AnchorTable table, ReadOnlySpan<char> piece, Span<int> into, int count)
    {
        if (!table.TryGet(piece, out var forms))
        {
            return count;
        }

        foreach (var form in forms)
        {
            if (count == into.Length)
            {
                break; // full: the rest of a long list could not be taken anyway
            }

            if (!into[..count].Contains(form))
            {
                into[count++] = form;
            }
        }

        return count;
    }

    /// <summary>Anchor text → forms, behind a bit table of the anchors' hashes that answers most misses alone.</summary>
    private sealed class AnchorTable
    {
        private const int Bits = 1 << 18;

        private readonly Dictionary<string, List<int>> _building = new(StringComparer.Ordinal);
        private readonly ulong[] _filter = new ulong[Bits / 64];
        private Dictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> _lookup;

        public int Count => _building.Count;

        public void Add(string anchor, int form)
        {
            if (!_building.TryGetValue(anchor, out var forms))
            {
                _building[anchor] = forms = [];
                var bit = Hash(anchor);
                _filter[bit >> 6] |= 1UL << (bit & 63);
            }

            if (!forms.Contains(form))
            {
                forms.Add(form);
            }
        }

        /// <summary>Ends the building: the table is read by many threads at once from here on.</summary>
        public void Freeze() =>
            _lookup = _building.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

        public bool TryGet(ReadOnlySpan<char> anchor, out int[] forms)
        {
            var bit = Hash(anchor);
            if ((_filter[bit >> 6] & (1UL << (bit & 63))) == 0)
            {
                forms = [];
                return false;
            }

            if (_lookup.TryGetValue(anchor, out var found))
            {
                forms = found;
                return true;
            }

            forms = [];
            return false;
        }

        private static int Hash(ReadOnlySpan<char> text)
        {
            var hash = 2166136261u;
            foreach (var c in text)
            {
                hash = unchecked((hash ^ c) * 16777619u);
            }

            return (int)((hash ^ (hash >> 15)) & (Bits - 1));
        }
    }
}
