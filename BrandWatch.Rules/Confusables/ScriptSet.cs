namespace BrandWatch.Rules.Confusables;

/// <summary>A set of scripts as a bit set over <see cref="UnicodeScripts"/>' script numbers (up to 192 scripts).</summary>
public readonly record struct ScriptSet(ulong Low, ulong Middle, ulong High)
{
    /// <summary>Every script: the augmented script set of Common and Inherited characters (UTS #39 §5.1).</summary>
    public static ScriptSet All { get; } = new(ulong.MaxValue, ulong.MaxValue, ulong.MaxValue);

    public bool IsEmpty => (Low | Middle | High) == 0;

    public bool IsAll => this == All;

    public static ScriptSet Of(int script) => script switch
    {
        < 64 => new(1UL << script, 0, 0),
        < 128 => new(0, 1UL << (script - 64), 0),
        _ => new(0, 0, 1UL << (script - 128)),
    };

    public ScriptSet Intersect(ScriptSet other) => new(Low & other.Low, Middle & other.Middle, High & other.High);

    public ScriptSet Union(ScriptSet other) => new(Low | other.Low, Middle | other.Middle, High | other.High);

    public bool Contains(int script) => !Intersect(Of(script)).IsEmpty;

    /// <summary>The script numbers in the set, ascending.</summary>
    public IEnumerable<int> Scripts()
    {
        for (var i = 0; i < 192; i++)
        {
            if (Contains(i))
            {
                yield return i;
            }
        }
    }
}
