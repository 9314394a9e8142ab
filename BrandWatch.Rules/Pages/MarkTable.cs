namespace BrandWatch.Rules.Pages;

/// <summary>
/// What one page shows of each mark, created only for the marks the page touches: a page names a handful of a
/// portfolio's thousands of marks, so nothing is allocated or visited per mark of the portfolio.
/// </summary>
internal sealed class MarkTable
{
    private readonly Dictionary<int, MarkOnPage> _marks = [];

    public MarkOnPage this[int mark]
    {
        get
        {
            if (!_marks.TryGetValue(mark, out var onPage))
            {
                onPage = new MarkOnPage();
                _marks[mark] = onPage;
            }

            return onPage;
        }
    }

    /// <summary>The marks touched so far, in portfolio order (a snapshot: reading an entry while iterating is safe).</summary>
    public int[] Seen
    {
        get
        {
            var ids = _marks.Keys.ToArray();
            Array.Sort(ids);
            return ids;
        }
    }
}
