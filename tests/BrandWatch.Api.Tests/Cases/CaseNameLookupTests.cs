using BrandWatch.Api.Sightings;
using BrandWatch.Api.Tests.Infrastructure;

namespace BrandWatch.Api.Tests.Cases;

/// <summary>
/// Every new filing reads the cases of its mark and domain, resolved ones included (its first-seen time, its count of
/// earlier cases): on SQLite that must be a seek of (mark, domain), not a walk of all the mark's cases, which at
/// 1,000,000 cases made SQLite file a few cases a second.
/// </summary>
public sealed class CaseNameLookupTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    public static TheoryData<string, string> Lookups => new()
    {
        { "first-seen time of a new case", "SELECT " + SightingStore.FirstSeenOfNewCase("@MarkId", "@Domain", "@SeenAt", "@Source", "@Feed", "@Item") },
        { "earlier cases of the name", "SELECT " + SightingStore.EarlierCasesOfName + " FROM cases WHERE id = @Id" },
    };

    [Theory]
    [MemberData(nameof(Lookups))]
    public async Task NameLookup_OfEveryNewFiling_SeeksTheMarkAndDomainIndex(string lookup, string sql)
    {
        var plan = await api.QueryAsync<(long, long, long, string Detail)>("EXPLAIN QUERY PLAN " + sql, new
        {
            MarkId = "acme", Domain = "acme-login.com", SeenAt = (string?)null, Source = "nrd", Feed = "f", Item = "i", Now = "2026-12-05T00:00:00Z", Id = 1L,
        });

        var onCases = plan.Select(p => p.Detail).Where(d => d.StartsWith("SEARCH cases", StringComparison.Ordinal) || d.StartsWith("SCAN cases", StringComparison.Ordinal)
            || d.StartsWith("SEARCH e ", StringComparison.Ordinal) || d.StartsWith("SCAN e", StringComparison.Ordinal)).ToList();
        var steps = $"{lookup}: {string.Join(" | ", onCases)}";
        Assert.True(onCases.Any(d => d.Contains("INDEX ix_cases_name (mark_id=? AND domain=?", StringComparison.Ordinal)), steps);
        Assert.False(onCases.Any(d => d.Contains("ix_cases_mark", StringComparison.Ordinal) || d.StartsWith("SCAN", StringComparison.Ordinal)), steps);
    }
}
