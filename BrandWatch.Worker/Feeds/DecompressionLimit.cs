using System.IO.Compression;

namespace BrandWatch.Worker.Feeds;

/// <summary>
/// Bounds what a compressed feed file may expand to: at most <see cref="MaxBytes"/> bytes in all, and at most
/// <see cref="MaxRatio"/> bytes out per byte in once past <see cref="RatioFloor"/> (real domain lists and zone files
/// compress 4–10 to 1; a compression bomb reaches 1,000 to 1). Reading past either bound throws
/// <see cref="InvalidDataException"/> naming the file, so the feed stops with a reason instead of running for days.
/// </summary>
internal sealed record DecompressionLimit(long MaxBytes, int MaxRatio)
{
    /// <summary>Below this many bytes out the ratio is not judged: a small file of repeated lines is harmless.</summary>
    public const long RatioFloor = 16L << 20;

    public static DecompressionLimit Default { get; } = new(64L << 30, 100);

    /// <summary>Opens a gzip stream over <paramref name="compressed"/> whose output this limit bounds.</summary>
    public Stream GZip(Stream compressed, string name)
    {
        var counted = new CountingStream(compressed);
        return new LimitedStream(new GZipStream(counted, CompressionMode.Decompress), counted, this, name);
    }

    /// <summary>Bounds the output of an already decompressing stream (a zip entry), given how many bytes it takes in.</summary>
    public Stream Bound(Stream decompressing, long compressedLength, string name) =>
        new LimitedStream(decompressing, new FixedCount(compressedLength), this, name);

    private interface IInputCount
    {
        long BytesIn { get; }
    }

    private sealed class FixedCount(long bytes) : IInputCount
    {
        public long BytesIn { get; } = bytes;
    }

    /// <summary>A read-only pass-through that sees how many bytes each read returned.</summary>
    private abstract class ObservedReadStream(Stream inner) : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => AfterRead(inner.Read(buffer, offset, count));

        public override int Read(Span<byte> buffer) => AfterRead(inner.Read(buffer));

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            AfterRead(await inner.ReadAsync(buffer, cancellationToken));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected abstract int AfterRead(int read);

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }

    /// <summary>Counts the compressed bytes read through it.</summary>
    private sealed class CountingStream(Stream inner) : ObservedReadStream(inner), IInputCount
    {
        public long BytesIn { get; private set; }

        protected override int AfterRead(int read)
        {
            BytesIn += read;
            return read;
        }
    }

    /// <summary>Throws once the decompressed output passes the limit.</summary>
    private sealed class LimitedStream(Stream inner, IInputCount input, DecompressionLimit limit, string name) : ObservedReadStream(inner)
    {
        private long _bytesOut;

        protected override int AfterRead(int read)
        {
            _bytesOut += read;
            if (_bytesOut > limit.MaxBytes)
            {
                throw new InvalidDataException($"{name}: expands to more than {limit.MaxBytes} bytes (MaxDecompressedBytes); the rest of the file is refused");
            }

            if (_bytesOut > RatioFloor && _bytesOut > (double)Math.Max(1, input.BytesIn) * limit.MaxRatio)
            {
                throw new InvalidDataException(
                    $"{name}: expands more than {limit.MaxRatio} to 1 ({_bytesOut} bytes from {input.BytesIn}; MaxCompressionRatio), a compression bomb or not a domain list; the rest of the file is refused");
            }

            return read;
        }
    }
}
