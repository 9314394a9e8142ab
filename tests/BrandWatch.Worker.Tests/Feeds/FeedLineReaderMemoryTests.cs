using BrandWatch.Worker.Feeds;

namespace BrandWatch.Worker.Tests.Feeds;

/// <summary>
/// The reader's memory bound on a line without newlines. It counts every allocation of the process, so it runs in a
/// collection of its own that no other test of this assembly runs beside.
/// </summary>
[Collection(RunsAlone.Name)]
public sealed class FeedLineReaderMemoryTests
{
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
        // A process-wide count (the reader is async and hops threads), so this class runs alone: holding the line would
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
}
