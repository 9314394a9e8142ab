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
    /// <summary>
    /// The shortest form met this way: five letters, for the narrowest slips only (see MarkIndex.IsHandSlip); from six
    /// letters, where one edit changes a sixth of the form (the combination rules' own floor), the other slips too.
    /// </summary>
    public const int MinFormLength = 5;

    /// <summary>The longest form met this way; longer names hardly occur as one piece of a label.</summary>
    public const int MaxFormLength = 30;

    private readonly AnchorTable _headEdge = new();
    private readonly AnchorTable _headInner = new();
    private readonly AnchorTable _tailEdge = new();
    private readonly AnchorTable _tailInner = new();

    // Each form's length and its first and last letters by form id, read before the form itself (see MayBeSlip).
    private readonly FormShape[] _shapes;

    public SegmentTypoAnchors(IEnumerable<(int Id, string Text)> forms)
    {
        var list = forms.ToList();
        _shapes = new FormShape[list.Count == 0 ? 0 : list.Max(f => f.Id) + 1];
        foreach (var (id, text) in list)
        {
            var length = text.Length;
            if (length < MinFormLength || length > MaxFormLength)
            {
                continue;
            }

            _shapes[id] = new FormShape((byte)length, text[0], text[1], text[^2], text[^1]);

            var (edge, inner) = Split(length);
            var innerStart = InnerStart(length);
            _headEdge.Add(text[..edge], id);
            _headInner.Add(text.Substring(innerStart, inner), id);
            _tailEdge.Add(text[^edge..], id);
            _tailInner.Add(text.Substring(length - innerStart - inner, inner), id);
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
    /// False when no piece of the token, at its start (head) or its end, one letter shorter than the form, as long, or one
    /// longer, and leaving <paramref name="minRest"/> letters, meets the words with the form's own letter there: its last
    /// letter for a head, its first for a tail. Read from a small array, so that the forms failing it are never loaded.
    /// </summary>
    public bool MayBeSlip(int form, ReadOnlySpan<char> token, bool head, int minRest)
    {
        var shape = _shapes[form];
        for (var length = shape.Length - 1; length <= shape.Length + 1 && length <= token.Length - minRest; length++)
        {
            if (head ? token[length - 1] == shape.Last : token[^length] == shape.First)
            {
                return true;
            }
        }

        // The two letters where the piece meets the words swapped (coldwellbankre + moves): the mark's last two letters,
        // or its first two, in the other order, on forms long enough for the swap to be a slip (see MarkIndex.IsJunctionSwap).
        var n = shape.Length;
        return n >= SlipOfAnyLetterMinLength && n <= token.Length - minRest
            && (head ? token[n - 1] == shape.Penult && token[n - 2] == shape.Last : token[^n] == shape.Second && token[^(n - 1)] == shape.First);
    }

    /// <summary>
    /// The shortest form that takes a slip of any one letter (also a letter left out, a neighbouring key struck instead,
    /// or the two letters at the join with the words swapped): seven letters.
    /// </summary>
    public const int SlipOfAnyLetterMinLength = 7;

    /// <summary>
    /// How a form of this length is cut: the piece at the edge, then the inner piece next to it. Both are three letters
    /// at least, so that a probe picks out few forms.
    /// </summary>
    public static (int Edge, int Inner) Split(int length) => length >= 8 ? (4, 4) : (3, length - 3 >= 4 ? 4 : 3);

    /// <summary>
    /// Where the inner piece starts (from the form's start for a head, from its end for a tail): right after the edge
    /// piece, except on five letters, where the two pieces of three letters share the middle one (zen and nni of zenni).
    /// </summary>
    public static int InnerStart(int length) => Math.Min(Split(length).Edge, length - Split(length).Inner);

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
        var forms = table.Get(piece);

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

    private readonly record struct FormShape(byte Length, char First, char Second, char Penult, char Last);

    /// <summary>
    /// Anchor text → forms. An anchor is three or four letters a–z, so it is coded as a number below 26⁴ + 26³: one bit
    /// per possible code answers a miss exactly from a 58 KB table, and a hit reads one slot of an open-addressed table
    /// and its forms from one flat array (no string hashing or comparison, no object per anchor).
    /// </summary>
    private sealed class AnchorTable
    {
        private const int FourLetterBase = 26 * 26 * 26;
        private const int Codes = FourLetterBase + (26 * 26 * 26 * 26);

        private readonly Dictionary<string, List<int>> _building = new(StringComparer.Ordinal);
        private readonly ulong[] _present = new ulong[(Codes + 63) / 64];
        private int[] _slotCodes = [];
        private int[] _slotStarts = [];
        private int[] _slotCounts = [];
        private int[] _forms = [];
        private int _mask;

        public int Count => _building.Count;

        public void Add(string anchor, int form)
        {
            if (Code(anchor) < 0)
            {
                return; // not three or four letters a-z: no token piece is looked up as such
            }

            if (!_building.TryGetValue(anchor, out var forms))
            {
                _building[anchor] = forms = [];
            }

            if (!forms.Contains(form))
            {
                forms.Add(form);
            }
        }

        /// <summary>Ends the building: the table is read by many threads at once from here on.</summary>
        public void Freeze()
        {
            var capacity = 16;
            while (capacity < _building.Count * 2)
            {
                capacity <<= 1;
            }

            _mask = capacity - 1;
            _slotCodes = new int[capacity];
            _slotStarts = new int[capacity];
            _slotCounts = new int[capacity];
            var forms = new List<int>();
            foreach (var (anchor, list) in _building)
            {
                var code = Code(anchor);
                _present[code >> 6] |= 1UL << (code & 63);
                var slot = Slot(code);
                while (_slotCodes[slot] != 0)
                {
                    slot = (slot + 1) & _mask;
                }

                _slotCodes[slot] = code + 1;
                _slotStarts[slot] = forms.Count;
                _slotCounts[slot] = list.Count;
                forms.AddRange(list);
            }

            _forms = [.. forms];
        }

        /// <summary>The forms of the anchor, in the order they were added; empty when it is none.</summary>
        public ReadOnlySpan<int> Get(ReadOnlySpan<char> anchor)
        {
            var code = Code(anchor);
            if (code < 0 || (_present[code >> 6] & (1UL << (code & 63))) == 0)
            {
                return [];
            }

            var slot = Slot(code);
            while (_slotCodes[slot] != code + 1)
            {
                slot = (slot + 1) & _mask; // the code is present, so the loop meets it
            }

            return _forms.AsSpan(_slotStarts[slot], _slotCounts[slot]);
        }

        private int Slot(int code) => (int)((uint)code * 2654435769u >> 8) & _mask;

        // Three letters a-z: 0 .. 26³-1; four: 26³ .. 26³+26⁴-1; anything else: -1.
        private static int Code(ReadOnlySpan<char> text)
        {
            if (text.Length is not (3 or 4))
            {
                return -1;
            }

            var code = 0;
            foreach (var c in text)
            {
                var letter = c - 'a';
                if ((uint)letter >= 26)
                {
                    return -1;
                }

                code = (code * 26) + letter;
            }

            return text.Length == 4 ? FourLetterBase + code : code;
        }
    }
}
