namespace BrandWatch.Rules.Screening;

/// <summary>
/// An Aho–Corasick automaton over lower-case ASCII letters and digits, compiled to a full transition table, for
/// finding every label form embedded in a longer label in one pass. Other characters reset to the root.
/// </summary>
internal sealed class AhoCorasick
{
    public const int Alphabet = 36;

    private readonly int[] _next;
    private readonly int[] _outputStart;
    private readonly int[] _outputs;

    public AhoCorasick(IReadOnlyList<string> patterns)
    {
        var children = new List<int[]> { NewRow() };
        var terminal = new List<List<int>> { new() };
        for (var p = 0; p < patterns.Count; p++)
        {
            var node = 0;
            foreach (var c in patterns[p])
            {
                var symbol = Symbol(c);
                if (symbol < 0)
                {
                    node = -1;
                    break;
                }

                if (children[node][symbol] <= 0)
                {
                    children[node][symbol] = children.Count;
                    children.Add(NewRow());
                    terminal.Add([]);
                }

                node = children[node][symbol];
            }

            if (node > 0)
            {
                terminal[node].Add(p);
            }
        }

        var count = children.Count;
        _next = new int[count * Alphabet];
        var fail = new int[count];
        var outputs = new List<int>[count];
        var queue = new Queue<int>();
        outputs[0] = [];
        for (var s = 0; s < Alphabet; s++)
        {
            var child = children[0][s];
            if (child > 0)
            {
                fail[child] = 0;
                _next[s] = child;
                queue.Enqueue(child);
            }
        }

        while (queue.Count > 0)
        {
            var node = queue.Dequeue();
            outputs[node] = [.. terminal[node], .. outputs[fail[node]]];
            for (var s = 0; s < Alphabet; s++)
            {
                var child = children[node][s];
                if (child > 0)
                {
                    fail[child] = _next[(fail[node] * Alphabet) + s];
                    _next[(node * Alphabet) + s] = child;
                    queue.Enqueue(child);
                }
                else
                {
                    _next[(node * Alphabet) + s] = _next[(fail[node] * Alphabet) + s];
                }
            }
        }

        _outputStart = new int[count + 1];
        var flat = new List<int>();
        for (var node = 0; node < count; node++)
        {
            _outputStart[node] = flat.Count;
            flat.AddRange(outputs[node] ?? []);
        }

        _outputStart[count] = flat.Count;
        _outputs = [.. flat];
        States = count;
    }

    public int States { get; }

    public static int Symbol(char c) => c is >= 'a' and <= 'z' ? c - 'a' : c is >= '0' and <= '9' ? 26 + (c - '0') : -1;

    /// <summary>
    /// Writes every occurrence (pattern, end exclusive) into the two spans and returns how many; stops when they are
    /// full. No allocation.
    /// </summary>
    public int Search(ReadOnlySpan<char> text, Span<int> patterns, Span<int> ends)
    {
        var count = 0;
        var node = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var symbol = Symbol(text[i]);
            node = symbol < 0 ? 0 : _next[(node * Alphabet) + symbol];
            for (var o = _outputStart[node]; o < _outputStart[node + 1]; o++)
            {
                if (count == patterns.Length)
                {
                    return count;
                }

                patterns[count] = _outputs[o];
                ends[count] = i + 1;
                count++;
            }
        }

        return count;
    }

    /// <summary>True when some pattern occurs in the text (the miss path: one table walk).</summary>
    public bool Any(ReadOnlySpan<char> text)
    {
        var node = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var symbol = Symbol(text[i]);
            node = symbol < 0 ? 0 : _next[(node * Alphabet) + symbol];
            if (_outputStart[node] != _outputStart[node + 1])
            {
                return true;
            }
        }

        return false;
    }

    private static int[] NewRow() => new int[Alphabet];
}
