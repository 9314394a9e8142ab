namespace BrandWatch.Rules.Screening;

/// <summary>
/// Forms met only as a piece of a label token (a coined head word, the element a family of marks shares), by text,
/// with the lengths and the first and last three letters of every text as bits: a piece at a token's start shares the
/// token's first three letters, so one probe per token rules out every length at once, and most tokens stop there.
/// </summary>
internal sealed class PieceForms
{
    private readonly ulong _lengths;
    private readonly ulong[] _starts;
    private readonly ulong[] _ends;

    /// <summary>Forms of four to 63 letters a–z: the three-letter probes need four.</summary>
    public PieceForms(IEnumerable<LabelForm> forms)
    {
        var byText = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        _starts = new ulong[MarkIndex.ShortTextBits / 64];
        _ends = new ulong[MarkIndex.ShortTextBits / 64];
        foreach (var form in forms)
        {
            if (!byText.TryGetValue(form.Text, out var ids))
            {
                byText[form.Text] = ids = [];
            }

            ids.Add(form.Id);
            _lengths |= 1UL << form.Text.Length;
            SetBit(_starts, form.Text.AsSpan(0, 3));
            SetBit(_ends, form.Text.AsSpan(form.Text.Length - 3));
        }

        Table = new FormTable(byText.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal));
    }

    public FormTable Table { get; }

    public int Count => Table.Count;

    public bool HasLength(int length) => length < 64 && (_lengths & (1UL << length)) != 0;

    /// <summary>False when no piece starts with the token's first three letters.</summary>
    public bool MayStart(ReadOnlySpan<char> token) => HasBit(_starts, token[..3]);

    /// <summary>False when no piece ends with the token's last three letters.</summary>
    public bool MayEnd(ReadOnlySpan<char> token) => HasBit(_ends, token[^3..]);

    private static void SetBit(ulong[] bits, ReadOnlySpan<char> text)
    {
        var bit = MarkIndex.ShortTextBit(text);
        bits[bit >> 6] |= 1UL << (bit & 63);
    }

    private static bool HasBit(ulong[] bits, ReadOnlySpan<char> text)
    {
        var bit = MarkIndex.ShortTextBit(text);
        return (bits[bit >> 6] & (1UL << (bit & 63))) != 0;
    }
}
