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
    internal const string SelectRange =
        "SELECT dimension AS Dimension, day AS Day, value AS Value, n AS N FROM case_stats_daily " +
        "WHERE owner = @Owner AND dimension IN ('opened', 'resolved', 'kind', 'source', 'action', 'outcome', 'status') " +
        "AND day >= @From AND day <= @To AND n <> 0";

    internal const string SelectBefore =
        "SELECT dimension AS Dimension, CAST(COALESCE(SUM(n), 0) AS BIGINT) AS N FROM case_stats_daily " +
        "WHERE owner = @Owner AND dimension IN ('opened', 'resolved') AND day < @From GROUP BY dimension";

    private const string SelectOwners =
        "SELECT owner FROM case_counts WHERE n > 0 UNION SELECT owner FROM marks ORDER BY 1";

    public async Task<(IReadOnlyList<StatsRow> Rows, long OpenBefore)> ReadAsync(StatsQuery query, CancellationToken cancellationToken)
    {
        var parameters = new { query.Owner, From = Day(query.From), To = Day(query.To) };
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = (await connection.QueryAsync<StatsRow>(new CommandDefinition(SelectRange, parameters, cancellationToken: cancellationToken))).AsList();
        var before = (await connection.QueryAsync<(string Dimension, long N)>(new CommandDefinition(SelectBefore, parameters, cancellationToken: cancellationToken)))
            .ToDictionary(r => r.Dimension, r => r.N, StringComparer.Ordinal);
        return (rows, before.GetValueOrDefault(StatsVocabulary.Opened) - before.GetValueOrDefault(StatsVocabulary.Resolved));
    }

    public async Task<IReadOnlyList<string>> OwnersAsync(Caller caller, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var owners = await connection.QueryAsync<string>(new CommandDefinition(SelectOwners, cancellationToken: cancellationToken));
        return [.. owners.Where(caller.CanSee)];
    }

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
