using BrandWatch.Rules.Marks;

namespace BrandWatch.Rules.Scoring;

/// <summary>
/// Builds <see cref="PortfolioContext"/>s over one portfolio: marks of one owner (owner names compared without case)
/// share their official domains and count as the owner's own marks; a mark without an owner stands alone. Built once
/// per portfolio and shared; thread-safe.
/// </summary>
public sealed class PortfolioContextBuilder
{
    private readonly Dictionary<string, Group> _byOwner = new(StringComparer.OrdinalIgnoreCase);

    public PortfolioContextBuilder(IEnumerable<Mark> portfolio)
    {
        ArgumentNullException.ThrowIfNull(portfolio);
        foreach (var mark in portfolio)
        {
            if (mark.Owner is { Length: > 0 } owner)
            {
                if (!_byOwner.TryGetValue(owner, out var group))
                {
                    _byOwner[owner] = group = new Group();
                }

                group.Add(mark);
            }
        }
    }

    /// <summary>The context of one scored mark; <paramref name="marksMatched"/> are the ids of every mark the subject matched.</summary>
    public PortfolioContext For(Mark mark, IEnumerable<string> marksMatched)
    {
        ArgumentNullException.ThrowIfNull(mark);
        ArgumentNullException.ThrowIfNull(marksMatched);
        var own = new Group();
        own.Add(mark);
        if (mark.Owner is { Length: > 0 } owner && _byOwner.TryGetValue(owner, out var group))
        {
            foreach (var other in group.Marks)
            {
                own.Add(other);
            }
        }

        var others = marksMatched.Where(id => !string.Equals(id, mark.Id, StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase).ToArray();
        return new PortfolioContext
        {
            OwnerDomains = [.. own.Domains.Order(StringComparer.Ordinal)],
            OwnerMarks = [.. own.Ids.Order(StringComparer.OrdinalIgnoreCase)],
            OtherMarksMatched = others,
        };
    }

    /// <summary>A domain as compared here: trimmed, without the root dot, lower case.</summary>
    internal static string NormaliseDomain(string domain) => domain.Trim().TrimEnd('.').ToLowerInvariant();

    private sealed class Group
    {
        public HashSet<string> Ids { get; } = new(StringComparer.OrdinalIgnoreCase);

        public HashSet<string> Domains { get; } = new(StringComparer.Ordinal);

        public List<Mark> Marks { get; } = [];

        public void Add(Mark mark)
        {
            if (!Ids.Add(mark.Id))
            {
                return;
            }

            Marks.Add(mark);
            foreach (var domain in mark.OfficialDomains)
            {
                if (NormaliseDomain(domain) is { Length: > 0 } normal)
                {
                    Domains.Add(normal);
                }
            }
        }
    }
}
