namespace BrandWatch.Rules.Campaigns;

/// <summary>
/// Groups cases into campaigns: two cases that share any feature are in one campaign, and so is every case joined to
/// them through another (connected components). Pure and deterministic: the same members give the same campaigns.
/// </summary>
public static class CampaignGrouping
{
    /// <summary>The campaigns of two or more members, by lowest case id; <paramref name="ignored"/> features join nothing.</summary>
    public static IReadOnlyList<Campaign> Group(IReadOnlyList<CampaignMember> members, IReadOnlySet<CampaignFeature>? ignored = null)
    {
        ArgumentNullException.ThrowIfNull(members);
        var parent = new int[members.Count];
        for (var i = 0; i < parent.Length; i++)
        {
            parent[i] = i;
        }

        var holders = new Dictionary<CampaignFeature, List<int>>();
        for (var i = 0; i < members.Count; i++)
        {
            foreach (var feature in members[i].Features)
            {
                if (ignored?.Contains(feature) == true)
                {
                    continue;
                }

                if (!holders.TryGetValue(feature, out var list))
                {
                    holders[feature] = list = [];
                }

                if (list.Count > 0)
                {
                    Union(parent, list[0], i);
                }

                list.Add(i);
            }
        }

        var components = new Dictionary<int, List<int>>();
        for (var i = 0; i < members.Count; i++)
        {
            var root = Find(parent, i);
            if (!components.TryGetValue(root, out var list))
            {
                components[root] = list = [];
            }

            list.Add(i);
        }

        var campaigns = new List<Campaign>();
        foreach (var component in components.Values.Where(c => c.Count > 1))
        {
            var inside = component.ToHashSet();
            var shared = holders
                .Where(h => h.Value.Count > 1 && inside.Contains(h.Value[0]))
                .Select(h => new SharedFeature(h.Key.Kind, h.Key.Value, h.Value.Select(i => members[i].CaseId).Distinct().Order().ToList()))
                .Where(s => s.CaseIds.Count > 1)
                .OrderBy(s => s.Kind).ThenByDescending(s => s.CaseIds.Count).ThenBy(s => s.Value, StringComparer.Ordinal)
                .ToList();
            var ids = component.Select(i => members[i].CaseId).Distinct().Order().ToList();
            if (ids.Count > 1)
            {
                campaigns.Add(new Campaign { Id = ids[0], CaseIds = ids, Shared = shared });
            }
        }

        return campaigns.OrderBy(c => c.Id).ToList();
    }

    /// <summary>
    /// True when the evidence shows one party behind both cases: a shared registrant or certificate, or two different
    /// kinds of shared hosting or page features (an address and a template, name servers and an address …).
    /// </summary>
    public static bool CommonControl(CampaignMember a, CampaignMember b, IReadOnlySet<CampaignFeature>? ignored = null)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var shared = a.Features.Intersect(b.Features).Where(f => ignored?.Contains(f) != true).ToList();
        return shared.Any(f => f.ShowsControl) || shared.Select(f => f.Kind).Distinct().Count() >= 2;
    }

    /// <summary>
    /// The hosts of the other members under common control with <paramref name="member"/> (its own host left out):
    /// the registrant's other look-alikes that the pattern criterion (F4) counts. Sorted; empty when there are none.
    /// </summary>
    public static IReadOnlyList<string> Pattern(CampaignMember member, IEnumerable<CampaignMember> campaign, IReadOnlySet<CampaignFeature>? ignored = null)
    {
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(campaign);
        return campaign
            .Where(other => other.CaseId != member.CaseId && !string.Equals(other.Host, member.Host, StringComparison.OrdinalIgnoreCase) && CommonControl(member, other, ignored))
            .Select(other => other.Host.ToLowerInvariant())
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    private static int Find(int[] parent, int i)
    {
        while (parent[i] != i)
        {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }

        return i;
    }

    private static void Union(int[] parent, int a, int b)
    {
        var ra = Find(parent, a);
        var rb = Find(parent, b);
        if (ra != rb)
        {
            // The lower index is the root, so grouping does not depend on the order of unions.
            parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
        }
    }
}
