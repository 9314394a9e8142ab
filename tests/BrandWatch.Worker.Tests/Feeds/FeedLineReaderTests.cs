using BrandWatch.Worker.Feeds;

namespace BrandWatch.Worker.Tests.Feeds;

public sealed class FeedLineReaderTests
{
    [Fact]
    public async Task Read_CommentsAndBlanks_AreSkippedAndLineNumbersKept()
    {
        var lines = await ReadAll("# header\n\nexample.com\n  paypal-login.com  # planted\n");

        Assert.Equal([(3L, "example.com"), (4L, "paypal-login.com")], lines.Select(l => (l.LineNumber, l.Text)));
        Assert.All(lines, l => Assert.False(l.IsRejected));
    }

    [Theory]
    [InlineData("two words.com", "whitespace")]
    [InlineData("bin\u0001ary.com", "control")]
    [InlineData("bad\uFFFD.com", "undecodable")]
    public async Task Read_JunkLine_IsRejectedWithReason(string line, string reason)
    {
        var read = Assert.Single(await ReadAll(line + "\n"));

        Assert.True(read.IsRejected);
        Assert.Contains(reason, read.Rejection, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_OverLongLine_IsRejected()
    {
        var read = Assert.Single(await ReadAll(new string('a', 300) + ".com\n"));

        Assert.Contains("longer than 253", read.Rejection, StringComparison.Ordinal);
    }

    private static async Task<List<FeedLine>> ReadAll(string text)
    {
        var result = new List<FeedLine>();
        await foreach (var line in FeedLineReader.ReadAsync(new StringReader(text), TestContext.Current.CancellationToken))
        {
            result.Add(line);
        }

        return result;
    }
}
