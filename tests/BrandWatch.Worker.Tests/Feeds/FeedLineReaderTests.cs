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

    [Fact]
    public async Task Read_HugeLineWithoutNewline_IsRejectedWithoutBeingHeldInMemory()
    {
        const int huge = 64 * 1024 * 1024;
        using var reader = new GeneratedText(huge, "\npaypal-login.com\n");
        var lines = new List<FeedLine>();
        var before = GC.GetTotalAllocatedBytes(precise: true);

        await foreach (var line in FeedLineReader.ReadAsync(reader, TestContext.Current.CancellationToken))
        {
            lines.Add(line);
        }

        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        Assert.Equal(2, lines.Count);
        Assert.Contains("longer than", lines[0].Rejection, StringComparison.Ordinal);
        Assert.True(lines[0].Text.Length <= FeedLineReader.MaxLineLength, $"kept {lines[0].Text.Length} characters of the line");
        Assert.Equal((2L, "paypal-login.com"), (lines[1].LineNumber, lines[1].Text));
        // Process-wide count (the reader is async and hops threads; other tests run beside it): holding the line would
        // take at least 2 bytes a character for the string plus the builder's growth, so stay well under that.
        Assert.True(allocated < 2L * huge, $"{allocated:N0} bytes allocated to read a {huge:N0}-character line");
    }

    /// <summary>A reader of <c>count</c> letters followed by a tail, made as it is read (the test holds none of it).</summary>
    private sealed class GeneratedText(int count, string tail) : TextReader
    {
        private int _position;

        public override int Peek() => _position < count ? 'a' : _position - count < tail.Length ? tail[_position - count] : -1;

        public override int Read()
        {
            var c = Peek();
            if (c >= 0)
            {
                _position++;
            }

            return c;
        }

        public override int Read(Span<char> buffer)
        {
            var n = 0;
            while (n < buffer.Length && Read() is var c and >= 0)
            {
                buffer[n++] = (char)c;
            }

            return n;
        }

        public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

        public override Task<int> ReadAsync(char[] buffer, int index, int count) => Task.FromResult(Read(buffer, index, count));

        public override ValueTask<int> ReadAsync(Memory<char> buffer, CancellationToken cancellationToken = default) => ValueTask.FromResult(Read(buffer.Span));
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
