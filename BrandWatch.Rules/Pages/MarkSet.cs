namespace BrandWatch.Rules.Pages;

/// <summary>A few mark indexes (the owners of the page's host) read as a lookup by index.</summary>
internal sealed class MarkSet(IEnumerable<int> marks)
{
    private readonly HashSet<int> _marks = [.. marks];

    public bool this[int mark] => _marks.Contains(mark);
}
