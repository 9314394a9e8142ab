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
    private readonly string _selectRange = database.Dialect.Totals(SelectRange);
    private readonly string _selectBefore = database.Dialect.Totals(SelectBefore);
    private readonly string _selectPlaces = database.Dialect.Totals(SelectPlaces);
    private readonly string _selectOwners = database.Dialect.Totals(SelectOwners);

    // The dimension list lets SQLite seek the primary key (owner, dimension, day) once per dimension.
    // Every owner (an admin's "*") has rows of its own, kept by the triggers of 0110: the same key seek as one owner.
    internal const string SelectRange =
        "SELECT dimension AS Dimension, day AS Day, value AS Value, n AS N FROM case_stats_daily " +
        "WHERE owner = @Owner AND dimension IN ('opened', 'resolved', 'kind', 'source', 'action', 'outcome', 'status', " +
        "'takedown-sent', 'takedown-acknowledged', 'takedown-resolved') " +
        "AND day >= @From AND day <= @To AND n <> 0";

    internal const string SelectBefore =
        "SELECT dimension AS Dimension, CAST(COALESCE(SUM(n), 0) AS BIGINT) AS N FROM case_stats_daily " +
        "WHERE owner = @Owner AND dimension IN ('opened', 'resolved', 'takedown-sent', 'takedown-resolved') AND day < @From GROUP BY dimension";

    // The top lists: the whole months of the range from the monthly roll-up, the days of the partial months at its
    // ends from the daily table, summed per value.
    internal const string SelectPlaces =
        "SELECT Dimension, Value, CAST(SUM(N) AS BIGINT) AS N FROM (" +
        "SELECT dimension AS Dimension, value AS Value, n AS N FROM case_stats_monthly " +
        "WHERE owner = @Owner AND dimension IN ('tld', 'registrar', 'network', 'campaign') AND month >= @FirstMonth AND month <= @LastMonth " +
        "UNION ALL " +
        "SELECT dimension, value, n FROM case_stats_daily " +
        "WHERE owner = @Owner AND dimension IN ('tld', 'registrar', 'network', 'campaign') AND day >= @From AND day <= @HeadTo " +
        "UNION ALL " +
        "SELECT dimension, value, n FROM case_stats_daily " +
        "WHERE owner = @Owner AND dimension IN ('tld', 'registrar', 'network', 'campaign') AND day >= @TailFrom AND day <= @To" +
        ") AS places GROUP BY Dimension, Value HAVING SUM(N) <> 0";

    private const string SelectOwners =
        "SELECT owner FROM case_counts WHERE n > 0 UNION SELECT owner FROM marks ORDER BY 1";

    public async Task<StatsRead> ReadAsync(StatsQuery query, CancellationToken cancellationToken)
    {
        var parameters = new { query.Owner, From = Day(query.From), To = Day(query.To) };
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = (await connection.QueryAsync<StatsRow>(new CommandDefinition(_selectRange, parameters, cancellationToken: cancellationToken))).AsList();
        var before = (await connection.QueryAsync<(string Dimension, long N)>(new CommandDefinition(_selectBefore, parameters, cancellationToken: cancellationToken)))
            .ToDictionary(r => r.Dimension, r => r.N, StringComparer.Ordinal);
        var places = (await connection.QueryAsync<(string Dimension, string Value, long N)>(new CommandDefinition(_selectPlaces, PlacesParameters(query), cancellationToken: cancellationToken)))
            .AsList();
        return new StatsRead(
            rows,
            before.GetValueOrDefault(StatsVocabulary.Opened) - before.GetValueOrDefault(StatsVocabulary.Resolved),
            before.GetValueOrDefault(StatsVocabulary.TakedownSent) - before.GetValueOrDefault(StatsVocabulary.TakedownResolved),
            places);
    }

    /// <summary>
    /// The parameters of <see cref="SelectPlaces"/>: the whole months inside the range, and the days before the first
    /// and after the last of them (the whole range as days when it holds no whole month).
    /// </summary>
    internal static object PlacesParameters(StatsQuery query)
    {
        var first = query.From.Day == 1 ? query.From : new DateOnly(query.From.Year, query.From.Month, 1).AddMonths(1);
        var afterLast = new DateOnly(query.To.Year, query.To.Month, 1);
        var last = query.To.AddDays(1).Day == 1 ? query.To : afterLast.AddDays(-1);
        if (first > last)
        {
            return new { query.Owner, From = Day(query.From), To = Day(query.To), FirstMonth = "9999-12", LastMonth = "0000-01", HeadTo = Day(query.To), TailFrom = "9999-12-31" };
        }

        return new
        {
            query.Owner, From = Day(query.From), To = Day(query.To), FirstMonth = Month(first), LastMonth = Month(last),
            HeadTo = Day(first.AddDays(-1)), TailFrom = Day(last.AddDays(1)),
        };
    }

    private static string Month(DateOnly day) => day.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public async Task<IReadOnlyList<string>> OwnersAsync(Caller caller, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var owners = await connection.QueryAsync<string>(new CommandDefinition(_selectOwners, cancellationToken: cancellationToken));
        return [.. owners.Where(caller.CanSee)];
    }

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
