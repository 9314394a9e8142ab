using BrandWatch.Api.Storage;

namespace BrandWatch.Api.Tests.Storage;

/// <summary>One text form of a timestamp in the databases: UTC, seven fractional digits, a Z; the older offset form still reads.</summary>
public sealed class StoredTimeTests
{
    [Fact]
    public void Format_AnyOffset_IsUtcWithSevenDigitsAndZ()
    {
        var at = new DateTimeOffset(2026, 12, 4, 21, 47, 26, TimeSpan.FromHours(2)).AddTicks(1234567);

        Assert.Equal("2026-12-04T19:47:26.1234567Z", Iso.Format(at));
    }

    [Theory]
    [InlineData("2026-12-04T19:47:26.1234567Z")]
    [InlineData("2026-12-04T19:47:26.1234567+00:00")] // written by versions before the Worker and the key store shared the form
    public void Parse_TheStoredAndTheOlderForm_ReadTheSameInstant(string text) =>
        Assert.Equal(new DateTimeOffset(2026, 12, 4, 19, 47, 26, TimeSpan.Zero).AddTicks(1234567), Iso.Parse(text));

    [Fact]
    public void Format_SortsAsTimeSorts()
    {
        var earlier = Iso.Format(new DateTimeOffset(2026, 12, 4, 9, 0, 0, TimeSpan.Zero));
        var later = Iso.Format(new DateTimeOffset(2026, 12, 4, 10, 0, 0, TimeSpan.FromHours(-5)));

        Assert.True(string.CompareOrdinal(earlier, later) < 0);
    }
}
