using BrandWatch.Api.Storage;
using Dapper;
using BrandWatch.Time;

namespace BrandWatch.Api.Tests.Storage;

/// <summary>One text form of a timestamp in the databases: UTC, seven fractional digits, a Z; the older offset form still reads.</summary>
public sealed class StoredTimeTests
{
    [Fact]
    public void Format_AnyOffset_IsUtcWithSevenDigitsAndZ()
    {
        var at = new DateTimeOffset(2026, 12, 4, 21, 47, 26, TimeSpan.FromHours(2)).AddTicks(1234567);

        Assert.Equal("2026-12-04T19:47:26.1234567Z", StoredTime.Format(at));
    }

    [Theory]
    [InlineData("2026-12-04T19:47:26.1234567Z")]
    [InlineData("2026-12-04T19:47:26.1234567+00:00")] // written by versions before the Worker and the key store shared the form
    public void Parse_TheStoredAndTheOlderForm_ReadTheSameInstant(string text) =>
        Assert.Equal(new DateTimeOffset(2026, 12, 4, 19, 47, 26, TimeSpan.Zero).AddTicks(1234567), StoredTime.Parse(text));

    [Fact]
    public void Format_SortsAsTimeSorts()
    {
        var earlier = StoredTime.Format(new DateTimeOffset(2026, 12, 4, 9, 0, 0, TimeSpan.Zero));
        var later = StoredTime.Format(new DateTimeOffset(2026, 12, 4, 10, 0, 0, TimeSpan.FromHours(-5)));

        Assert.True(string.CompareOrdinal(earlier, later) < 0);
    }

    [Fact]
    public async Task Dapper_WritesAndReadsEveryDateTimeOffsetInTheStoredForm_OnARealDatabase()
    {
        var folder = Path.Combine(Path.GetTempPath(), "brandwatch-tests", "stored-time-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var database = ApiDatabase.Open($"Data Source={Path.Combine(folder, "api.db")}");
            await using var connection = await database.OpenAsync(TestContext.Current.CancellationToken);
            await connection.ExecuteAsync("CREATE TABLE t (at TEXT NOT NULL, maybe TEXT)");
            var at = new DateTimeOffset(2026, 12, 4, 21, 47, 26, TimeSpan.FromHours(2)).AddTicks(1234567);

            await connection.ExecuteAsync("INSERT INTO t (at, maybe) VALUES (@At, @Maybe)", new { At = at, Maybe = (DateTimeOffset?)null });
            var text = await connection.QuerySingleAsync<string>("SELECT at FROM t");
            var row = await connection.QuerySingleAsync<TimeRow>("SELECT at AS At, maybe AS Maybe FROM t");

            Assert.Equal("2026-12-04T19:47:26.1234567Z", text); // the stored form, whatever offset the value had
            Assert.Equal(at, row.At);
            Assert.Null(row.Maybe);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private sealed class TimeRow
    {
        public DateTimeOffset At { get; set; }
        public DateTimeOffset? Maybe { get; set; }
    }
}
