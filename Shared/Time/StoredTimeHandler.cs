using System.Data;
using Dapper;

namespace BrandWatch.Time;

/// <summary>
/// Dapper reads and writes every <see cref="DateTimeOffset"/> in the stored text form (<see cref="StoredTime"/>): a row
/// class declares its times as <see cref="DateTimeOffset"/> and a parameter may be one, so no store formats or parses
/// a time of its own. Registered once per process by the host's database.
/// </summary>
internal sealed class StoredTimeHandler : SqlMapper.TypeHandler<DateTimeOffset>
{
    private static readonly Lock Gate = new();
    private static bool s_registered;

    public static void Register()
    {
        lock (Gate)
        {
            if (s_registered)
            {
                return;
            }

            // Dapper maps DateTimeOffset to a provider type of its own unless the built-in mapping is removed first.
            SqlMapper.RemoveTypeMap(typeof(DateTimeOffset));
            SqlMapper.RemoveTypeMap(typeof(DateTimeOffset?));
            SqlMapper.AddTypeHandler(new StoredTimeHandler());
            s_registered = true;
        }
    }

    public override void SetValue(IDbDataParameter parameter, DateTimeOffset value)
    {
        ArgumentNullException.ThrowIfNull(parameter);
        parameter.DbType = DbType.String;
        parameter.Value = StoredTime.Format(value);
    }

    public override DateTimeOffset Parse(object value) => value switch
    {
        string text => StoredTime.Parse(text),
        DateTimeOffset time => time,
        DateTime time => new DateTimeOffset(DateTime.SpecifyKind(time, DateTimeKind.Utc)),
        _ => throw new DataException($"a stored time must be text, found {value.GetType().Name}"),
    };
}
