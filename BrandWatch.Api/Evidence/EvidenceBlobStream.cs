using BrandWatch.Api.Storage;
using Dapper;

namespace BrandWatch.Api.Evidence;

/// <summary>
/// A stored file read back from its chunks in the database, one chunk at a time (each read of a new chunk is one query
/// on a pooled connection), so a large file is never held whole. Seekable, so downloads answer range requests.
/// </summary>
internal sealed class EvidenceBlobStream(ApiDatabase database, string blobId, long length) : Stream
{
    // The chunk holding a position: the last one starting at or before it (chunk sizes are not assumed).
    private const string SelectChunk =
        "SELECT start_byte AS Start, data AS Data FROM evidence_chunks WHERE blob_id = @BlobId AND start_byte <= @At ORDER BY start_byte DESC LIMIT 1";

    private long _position;
    private long _chunkStart;
    private byte[] _chunk = [];

    public override bool CanRead => true;
    public override bool CanSeek => true;
    public override bool CanWrite => false;
    public override long Length => length;

    public override long Position
    {
        get => _position;
        set => _position = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value));
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (!Covers())
        {
            using var connection = database.OpenAsync().GetAwaiter().GetResult(); // a synchronous reader asked synchronously
            Load(connection.QuerySingleOrDefault<Chunk>(SelectChunk, new { BlobId = blobId, At = _position }));
        }

        return Copy(buffer);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (!Covers())
        {
            await using var connection = await database.OpenAsync(cancellationToken);
            Load(await connection.QuerySingleOrDefaultAsync<Chunk>(new CommandDefinition(SelectChunk, new { BlobId = blobId, At = _position }, cancellationToken: cancellationToken)));
        }

        return Copy(buffer.Span);
    }

    public override long Seek(long offset, SeekOrigin origin) => Position = origin switch
    {
        SeekOrigin.Begin => offset,
        SeekOrigin.Current => _position + offset,
        _ => length + offset,
    };

    public override void Flush()
    {
    }

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private bool Covers() => _position >= length || (_position >= _chunkStart && _position < _chunkStart + _chunk.Length);

    private void Load(Chunk? chunk)
    {
        if (chunk is null || chunk.Start + chunk.Data.Length <= _position)
        {
            // The row says how long the file is; chunks that end early mean the store lost part of it.
            throw new IOException($"Evidence blob {blobId} has no chunk at byte {_position} of {length}.");
        }

        (_chunkStart, _chunk) = (chunk.Start, chunk.Data);
    }

    private int Copy(Span<byte> buffer)
    {
        if (_position >= length || buffer.Length == 0)
        {
            return 0;
        }

        var from = (int)(_position - _chunkStart);
        var count = (int)Math.Min(Math.Min(buffer.Length, _chunk.Length - from), length - _position);
        _chunk.AsSpan(from, count).CopyTo(buffer);
        _position += count;
        return count;
    }

    private sealed record Chunk(long Start, byte[] Data);
}
