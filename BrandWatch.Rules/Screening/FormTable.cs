using System.Diagnostics.CodeAnalysis;

namespace BrandWatch.Rules.Screening;

/// <summary>
/// The form ids stored under a text (a form's text, look-alike key or glyph key), read by span. Most texts screening
/// asks about are no key at all: a bit per hashed key, about sixteen per key and small enough to stay in the cache,
/// answers those before the dictionary is hashed and its buckets are read.
/// </summary>
internal sealed class FormTable
{
    private readonly Dictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly ulong[] _bits;
    private readonly int _mask;

    public FormTable(Dictionary<string, int[]> forms)
    {
        _lookup = forms.GetAlternateLookup<ReadOnlySpan<char>>();
        var bits = 1 << 12;
        while (bits < forms.Count * 16 && bits < 1 << 24)
        {
            bits <<= 1;
        }

        _bits = new ulong[bits / 64];
        _mask = bits - 1;
        foreach (var key in forms.Keys)
        {
            var bit = Bit(key);
            _bits[bit >> 6] |= 1UL << (bit & 63);
        }

        Count = forms.Count;
    }

    /// <summary>The number of distinct texts stored.</summary>
    public int Count { get; }

    /// <summary>The form ids stored under the text, if any.</summary>
    public bool TryGetValue(ReadOnlySpan<char> text, [MaybeNullWhen(false)] out int[] forms)
    {
        var bit = Bit(text);
        if ((_bits[bit >> 6] & (1UL << (bit & 63))) == 0)
        {
            forms = null;
            return false;
        }

        return _lookup.TryGetValue(text, out forms);
    }

    /// <summary>True when some form is stored under the text.</summary>
    public bool ContainsKey(ReadOnlySpan<char> text) => TryGetValue(text, out _);

    private int Bit(ReadOnlySpan<char> text)
    {
        var hash = (ulong)text.Length;
        foreach (var c in text)
        {
            hash = unchecked((hash ^ c) * 0x100000001B3UL);
        }

        hash = unchecked(hash * 0x9E3779B97F4A7C15UL);
        return (int)(hash >> 40) & _mask;
    }
}
