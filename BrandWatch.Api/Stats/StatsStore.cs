using System.Globalization;
using BrandWatch.Api.Auth;
using BrandWatch.Api.Storage;
using Dapper;

namespace BrandWatch.Api.Stats;

/// <summary>
/// Reads the trigger-kept per-owner, per-day table (migration 0060). A range costs at most one row per day and value
/// of each dimension, whatever the number of cases; the open count at the start reads two rows per earlier day.
/// </summary>
internal sealed class StatsStore(ApiDatabase database)
{
    // The dimension list lets SQLite seek the primary key (owner, dimension, day) once per dimension.
    // With every owner (an admin's "*"), the owner term goes and the (dimension, day) index of 0110 serves instead;
    // the rows of every owner are summed per day, dimension and value.
    internal const string SelectRange =
        "SELECT dimension AS Dimension, day AS Day, value AS Value, CAST(SUM(n) AS BIGINT) AS N FROM case_stats_daily " +
        "WHERE owner = @Owner AND dimension IN ('opened', 'resolved', 'kind', 'source', 'action', 'outcome', 'status', " +
        "'takedown-sent', 'takedown-acknowledged', 'takedown-resolved') " +
        "AND day >= @From AND day <= @To AND n <> 0 GROUP BY dimension, day, value";

    internal const string SelectBefore =
        "SELECT dimension AS Dimension, CAST(COALESCE(SUM(n), 0) AS BIGINT) AS N FROM case_stats_daily " +
        "WHERE owner = @Owner AND dimension IN ('opened', 'resolved', 'takedown-sent', 'takedown-resolved') AND day < @From GROUP BY dimension";

    // The top lists: one row per value of the range (registrars, networks, TLDs, campaigns), whatever the case count.
    internal const string SelectPlaces =
        "SELECT dimension AS Dimension, value AS Value, CAST(SUM(n) AS BIGINT) AS N FROM case_stats_daily " +
        "WHERE owner = @Owner AND dimension IN ('tld', 'registrar', 'network', 'campaign') AND day >= @From AND day <= @To AND n <> 0 " +
        "GROUP BY dimension, value";

    private const string SelectOwners =
        "SELECT owner FROM case_counts WHERE n > 0 UNION SELECT owner FROM marks ORDER BY 1";

    public async Task<StatsRead> ReadAsync(StatsQuery query, CancellationToken cancellationToken)
    {
        var parameters = new { query.Owner, From = Day(query.From), To = Day(query.To) };
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = (await connection.QueryAsync<StatsRow>(new CommandDefinition(ForOwner(SelectRange, query), parameters, cancellationToken: cancellationToken))).AsList();
        var before = (await connection.QueryAsync<(string Dimension, long N)>(new CommandDefinition(ForOwner(SelectBefore, query), parameters, cancellationToken: cancellationToken)))
            .ToDictionary(r => r.Dimension, r => r.N, StringComparer.Ordinal);
        var places = (await connection.QueryAsync<(string Dimension, string Value, long N)>(new CommandDefinition(ForOwner(SelectPlaces, query), parameters, cancellationToken: cancellationToken)))
            .AsList();
        return new StatsRead(
            rows,
            before.GetValueOrDefault(StatsVocabulary.Opened) - before.GetValueOrDefault(StatsVocabulary.Resolved),
            before.GetValueOrDefault(StatsVocabulary.TakedownSent) - before.GetValueOrDefault(StatsVocabulary.TakedownResolved),
            places);
    }

    /// <summary>The statement for one owner, or for every owner when the query asks for all.</summary>
    internal static string ForOwner(string sql, StatsQuery query) =>
        query.AllOwners ? sql.Replace("owner = @Owner AND ", string.Empty, StringComparison.Ordinal) : sql;

    public async Task<IReadOnlyList<string>> OwnersAsync(Caller caller, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var owners = await connection.QueryAsync<string>(new CommandDefinition(SelectOwners, cancellationToken: cancellationToken));
        return [.. owners.Where(caller.CanSee)];
    }

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
