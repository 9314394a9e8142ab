namespace BrandWatch.Rules.Screening;

/// <summary>
/// Adjacent keys on the QWERTY, QWERTZ and AZERTY layouts, for naming replacement and insertion typos, and the keys
/// that swap places between those layouts (y and z between QWERTY and QWERTZ; a and q, w and z with AZERTY): a hand
/// used to one layout typing on another.
/// </summary>
internal static class Keyboards
{
    private static readonly string[][] Layouts =
    [
        ["1234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm"],
        ["1234567890", "qwertzuiop", "asdfghjkl", "yxcvbnm"],
        ["1234567890", "azertyuiop", "qsdfghjklm", "wxcvbn"],
    ];

    // 36 x 36 bits: row = key, column = neighbour (a-z then 0-9).
    private static readonly bool[,] Adjacency = Build();

    // 36 x 36 bits: the two characters sit on the same key of two layouts.
    private static readonly bool[,] LayoutTwins = BuildTwins();

    public static bool AreLayoutTwins(char a, char b)
    {
        var i = Index(a);
        var j = Index(b);
        return i >= 0 && j >= 0 && LayoutTwins[i, j];
    }

    private static bool[,] BuildTwins()
    {
        var twins = new bool[36, 36];
        foreach (var one in Layouts)
        {
            foreach (var other in Layouts)
            {
                for (var r = 0; r < one.Length; r++)
                {
                    for (var c = 0; c < Math.Min(one[r].Length, other[r].Length); c++)
                    {
                        if (one[r][c] != other[r][c])
                        {
                            twins[Index(one[r][c]), Index(other[r][c])] = true;
                        }
                    }
                }
            }
        }

        return twins;
    }

    public static bool AreAdjacent(char a, char b)
    {
        var i = Index(a);
        var j = Index(b);
        return i >= 0 && j >= 0 && Adjacency[i, j];
    }

    private static int Index(char c) => c is >= 'a' and <= 'z' ? c - 'a' : c is >= '0' and <= '9' ? 26 + (c - '0') : -1;

    private static bool[,] Build()
    {
        var adjacency = new bool[36, 36];
        foreach (var rows in Layouts)
        {
            for (var r = 0; r < rows.Length; r++)
            {
                for (var c = 0; c < rows[r].Length; c++)
                {
                    // A staggered keyboard: each row sits half a key right of the one above it.
                    (int Row, int Column)[] neighbours = [(r, c - 1), (r, c + 1), (r - 1, c), (r - 1, c + 1), (r + 1, c - 1), (r + 1, c)];
                    foreach (var (nr, nc) in neighbours)
                    {
                        if (nr >= 0 && nr < rows.Length && nc >= 0 && nc < rows[nr].Length)
                        {
                            adjacency[Index(rows[r][c]), Index(rows[nr][nc])] = true;
                        }
                    }
                }
            }
        }

        return adjacency;
    }
}
