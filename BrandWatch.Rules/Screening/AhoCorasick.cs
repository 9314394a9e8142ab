namespace BrandWatch.Rules.Screening;

/// <summary>
/// An Aho–Corasick automaton over lower-case ASCII letters and digits, compiled to a full transition table, for
/// finding every label form embedded in a longer label in one pass. Other characters reset to the root.
/// </summary>
/// <remarks>
/// States are numbered breadth first, so the shallow states an ordinary label keeps returning to (one to three letters
/// into some form) share the first rows of the table and stay in the cache; each transition carries a bit saying
/// whether the state it leads to ends a pattern, so a miss reads one table, not two.
/// </remarks>
internal sealed class AhoCorasick
{
    public const int Alphabet = 36;

    // Per state and symbol: (next state << 1) | 1 when that state ends some pattern.
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
        var next = new int[count * Alphabet];
        var fail = new int[count];
        var outputs = new List<int>[count];
        var order = new List<int>(count) { 0 };
        var queue = new Queue<int>();
        outputs[0] = [];
        for (var s = 0; s < Alphabet; s++)
        {
            var child = children[0][s];
            if (child > 0)
            {
                fail[child] = 0;
                next[s] = child;
                queue.Enqueue(child);
            }
        }

        while (queue.Count > 0)
        {
            var node = queue.Dequeue();
            order.Add(node);
            outputs[node] = [.. terminal[node], .. outputs[fail[node]]];
            for (var s = 0; s < Alphabet; s++)
            {
                var child = children[node][s];
                if (child > 0)
                {
                    fail[child] = next[(fail[node] * Alphabet) + s];
                    next[(node * Alphabet) + s] = child;
                    queue.Enqueue(child);
                }
                else
                {
                    next[(node * Alphabet) + s] = next[(fail[node] * Alphabet) + s];
                }
            }
        }

        // Renumber in breadth-first order (the order states left the queue); the root stays 0.
        var renumbered = new int[count];
        for (var i = 0; i < order.Count; i++)
        {
            renumbered[order[i]] = i;
        }

        _next = new int[count * Alphabet];
        for (var node = 0; node < count; node++)
        {
            for (var s = 0; s < Alphabet; s++)
            {
                var target = next[(node * Alphabet) + s];
                _next[(renumbered[node] * Alphabet) + s] = (renumbered[target] << 1) | (outputs[target].Count > 0 ? 1 : 0);
            }
        }

        _outputStart = new int[count + 1];
        var flat = new List<int>();
        for (var i = 0; i < count; i++)
        {
            _outputStart[i] = flat.Count;
            flat.AddRange(outputs[order[i]]);
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
        var next = _next;
        var count = 0;
        var node = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var symbol = Symbol(text[i]);
            if (symbol < 0)
            {
                node = 0;
                continue;
            }

            var step = next[(node * Alphabet) + symbol];
            node = step >> 1;
            if ((step & 1) == 0)
            {
                continue;
            }

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
        var next = _next;
        var node = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var symbol = Symbol(text[i]);
            if (symbol < 0)
            {
                node = 0;
                continue;
            }

            var step = next[(node * Alphabet) + symbol];
            if ((step & 1) != 0)
            {
                return true;
            }

            node = step >> 1;
        }

        return false;
    }

    private static int[] NewRow() => new int[Alphabet];
}
