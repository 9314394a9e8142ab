using BrandWatch.Rules.Cases;
using BrandWatch.Rules.CertificateTransparency;
using BrandWatch.Rules.Evidence;
using BrandWatch.Worker.Storage;
using Microsoft.Extensions.Logging;

namespace BrandWatch.Worker.Feeds.CertificateTransparency;

/// <summary>
/// Reads the logs of a log list. Per log, the tree head comes first and is verified with the log's key from the list
/// (RFC 6962 <c>get-sth</c>, or the static-ct-api signed checkpoint); a log whose head does not verify is reported and
/// skipped, never read. Then RFC 6962 logs are read with <c>get-entries</c> in batches of at most <c>batchEntries</c>,
/// tiled logs one data tile (256 entries, or a partial tile at the head) at a time, from the log's cursor up to the
/// verified size. Every host name of a certificate
/// (SANs and common name) is a feed item carrying the certificate as evidence. A corrupt entry becomes a rejected
/// item (logged, counted, and passed by the cursor); a log that fails or answers an inconsistent size is skipped
/// for this run with its cursor left where it was. Memory stays bounded however far behind a cursor is: one batch
/// of entries is held at a time and the pipeline's bounded channels pace the reading.
/// </summary>
internal sealed class CertificateTransparencyFeed(
    string name, string logListPath, CtLogClient client, FeedCursorStore cursors, int batchEntries, bool fromStart, ILogger logger, CtHeadStore? heads = null) : IDomainFeed
{
    public string Name { get; } = name;

    /// <summary>Corrupt entries met since this feed object was created (for logs and tests).</summary>
    public long CorruptEntries { get; private set; }

    /// <summary>Data tiles whose framing broke (for logs and tests).</summary>
    public long CorruptTiles { get; private set; }

    /// <summary>Logs skipped in a run because they failed, answered inconsistently or signed wrongly (for logs and tests).</summary>
    public long SkippedLogs { get; private set; }

    /// <summary>Logs found flagged (a proof failed, now or in an earlier run) and not read (for logs and tests).</summary>
    public long FlaggedLogs { get; private set; }

    public async IAsyncEnumerable<FeedItem> ReadAsync(FeedCursor cursor, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var list = CtLogList.Load(logListPath);
        foreach (var reason in list.LeftOut)
        {
            CtFeedLog.LogLeftOut(logger, Name, reason);
        }

        var positions = CtCursor.Parse(cursor.Position);
        foreach (var log in list.Logs.OrderBy(l => l.LogId, StringComparer.Ordinal))
        {
            var trusted = heads is null ? null : await heads.GetAsync(log.LogId, cancellationToken);
            if (trusted?.Flagged is { } flagged)
            {
                FlaggedLogs++;
                CtFeedLog.LogStillFlagged(logger, Name, log.Url.ToString(), flagged);
                continue;
            }

            var (head, error) = await TryAsync(() => VerifiedHeadAsync(log, cancellationToken), cancellationToken);
            if (error is not null)
            {
                Skip(log, error);
                continue;
            }

            var (size, root) = head;
            if (heads is not null)
            {
                var (fork, consistencyError) = await TryAsync(() => ConsistencyAsync(log, trusted, size, root, cancellationToken), cancellationToken);
                if (consistencyError is not null)
                {
                    Skip(log, $"the consistency proof from tree size {trusted?.TreeSize} to {size} could not be read: {consistencyError}");
                    continue;
                }

                if (fork is not null)
                {
                    await FlagAsync(log, fork, cancellationToken);
                    continue;
                }

                if (trusted is null || size >= trusted.TreeSize)
                {
                    await heads.TrustAsync(log.LogId, size, root, cancellationToken);
                }
            }

            if (!positions.TryGet(log.LogId, out var next))
            {
                // A log new to this feed starts at its head unless the feed is told to read whole logs.
                next = fromStart ? 0 : size;
                positions.Set(log.LogId, next);
                await cursors.SetAsync(Name, cursor with { Position = positions.ToString() }, cancellationToken);
                CtFeedLog.LogStarted(logger, Name, log.Url.ToString(), next, size);
            }

            if (next > size)
            {
                Skip(log, $"the tree size {size} is smaller than the cursor {next}: the log shrank or is not the one the cursor was kept for");
                continue;
            }

            if (log.Kind == CtLogKind.Tiled)
            {
                await foreach (var item in ReadTilesAsync(log, next, size, positions, cancellationToken))
                {
                    yield return item;
                }

                continue;
            }

            while (next < size)
            {
                var end = Math.Min(next + batchEntries, size) - 1;
                var start = next;
                var (entries, fetchError) = await TryAsync(() => client.GetEntriesAsync(log, start, end, cancellationToken), cancellationToken);
                if (fetchError is not null || entries is null || entries.Count == 0)
                {
                    Skip(log, $"get-entries {start}..{end} failed: {fetchError ?? "no entries in the answer"}");
                    break;
                }

                if (heads is not null)
                {
                    var (notIncluded, proofError) = await TryAsync(() => InclusionAsync(log, entries[^1], start + entries.Count - 1, size, root, cancellationToken), cancellationToken);
                    if (proofError is not null)
                    {
                        Skip(log, $"the inclusion proof of entry {start + entries.Count - 1} could not be read: {proofError}");
                        break;
                    }

                    if (notIncluded is not null)
                    {
                        await FlagAsync(log, notIncluded, cancellationToken);
                        break;
                    }
                }

                foreach (var entry in entries)
                {
                    var index = next++;
                    foreach (var item in Items(log, index, Decode(entry), positions, next))
                    {
                        yield return item;
                    }
                }
            }
        }
    }

    /// <summary>
    /// Null when the verified head (<paramref name="size"/>, <paramref name="root"/>) extends the last head trusted for
    /// the log; otherwise why the log is forked. RFC 6962 logs prove it with <c>get-sth-consistency</c>; for a tiled
    /// log only a second root for the same size is caught (the hash tiles are not read yet). A smaller head than the
    /// trusted one is left to the cursor check (a stale mirror is skipped for the run, not flagged).
    /// </summary>
    private async Task<string?> ConsistencyAsync(CtLog log, CtHeadStore.Head? trusted, long size, byte[] root, CancellationToken cancellationToken)
    {
        if (trusted is null || trusted.RootHash.Length == 0 || size < trusted.TreeSize)
        {
            return null;
        }

        if (size == trusted.TreeSize || log.Kind == CtLogKind.Tiled)
        {
            return size == trusted.TreeSize && !root.AsSpan().SequenceEqual(trusted.RootHash)
                ? $"two different roots for tree size {size}: the log was rewritten or forked"
                : null;
        }

        var proof = await client.GetConsistencyAsync(log, trusted.TreeSize, size, cancellationToken);
        return CtMerkle.VerifyConsistency(trusted.TreeSize, size, trusted.RootHash, root, proof) is { } reason
            ? $"tree size {size} does not extend the trusted tree size {trusted.TreeSize}: {reason}"
            : null;
    }

    /// <summary>
    /// Null when <c>get-proof-by-hash</c> proves <paramref name="entry"/> is in the verified tree; otherwise why not. One
    /// entry per batch is proved (the last), so a log that serves entries outside its signed tree is caught at the first
    /// batch at the cost of one request per batch. A leaf that is not base64 is left to the entry's own decoding.
    /// </summary>
    private async Task<string?> InclusionAsync(CtLog log, CtLogClient.LogEntry entry, long index, long size, byte[] root, CancellationToken cancellationToken)
    {
        byte[] leaf;
        try
        {
            leaf = Convert.FromBase64String(entry.LeafInput ?? string.Empty);
        }
        catch (FormatException)
        {
            return null;
        }

        var hash = CtMerkle.LeafHash(leaf);
        var (proved, path) = await client.GetInclusionAsync(log, hash, size, cancellationToken);
        return CtMerkle.VerifyInclusion(proved, size, hash, path, root) is { } reason
            ? $"entry {index} is not proved to be in the signed tree of size {size}: {reason}"
            : null;
    }

    private async Task FlagAsync(CtLog log, string reason, CancellationToken cancellationToken)
    {
        FlaggedLogs++;
        CtFeedLog.LogFlagged(logger, Name, log.Url.ToString(), reason);
        await heads!.FlagAsync(log.LogId, reason, cancellationToken); // only called when heads are kept
    }

    /// <summary>The tree size and root hash of the log's head once its signature verifies with the log's key; otherwise why not.</summary>
    private async Task<(long Size, byte[] Root)> VerifiedHeadAsync(CtLog log, CancellationToken cancellationToken)
    {
        if (log.Kind == CtLogKind.Tiled)
        {
            var (checkpoint, parseError) = CtCheckpoint.Parse(await client.GetCheckpointAsync(log, cancellationToken));
            if (checkpoint is null)
            {
                throw new InvalidDataException($"the checkpoint is malformed: {parseError}");
            }

            return checkpoint.Verify(log.Origin ?? string.Empty, log.Key, log.LogIdBytes) is { } invalid
                ? throw new InvalidDataException($"checkpoint of size {checkpoint.TreeSize} not trusted: {invalid}")
                : (checkpoint.TreeSize, checkpoint.RootHash);
        }

        var head = await client.GetTreeHeadAsync(log, cancellationToken);
        return head.Verify(log.Key, log.LogIdBytes) is { } reason
            ? throw new InvalidDataException($"get-sth of size {head.TreeSize} not trusted: {reason}")
            : (head.TreeSize, head.RootHash);
    }

    /// <summary>
    /// Reads a static-ct-api log from <paramref name="next"/> to <paramref name="size"/>, one data tile at a time. A tile
    /// that cannot be fetched or whose framing breaks stops the log for this run at the first entry not read (the entries
    /// before the break are handled), so nothing is passed over unread; an entry that frames but does not decode is a
    /// rejected item, as in an RFC 6962 log.
    /// </summary>
    private async IAsyncEnumerable<FeedItem> ReadTilesAsync(CtLog log, long next, long size, CtCursor positions,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        while (next < size)
        {
            var tileIndex = next / 256;
            var width = (int)Math.Min(256, size - (tileIndex * 256));
            var (tile, fetchError) = await TryAsync(() => client.GetDataTileAsync(log, tileIndex, width, cancellationToken), cancellationToken);
            if (fetchError is not null || tile is null)
            {
                Skip(log, $"data tile {tileIndex} (width {width}) failed: {fetchError}");
                yield break;
            }

            var (entries, corrupt) = CtTileParser.Parse(tile, width);
            var usable = Math.Min(entries.Count, width); // a full tile fetched for a partial one holds more
            for (var j = (int)(next - (tileIndex * 256)); j < usable; j++)
            {
                var index = next++;
                foreach (var item in Items(log, index, Decode(entries[j].Result), positions, next, entries[j].IssuerFingerprints))
                {
                    yield return item;
                }
            }

            if (usable < width)
            {
                CorruptTiles++;
                Skip(log, $"data tile {tileIndex} is corrupt: {corrupt}; the log stops at entry {next} until the tile reads");
                yield break;
            }
        }
    }

    private IEnumerable<FeedItem> Items(CtLog log, long index, (CtCertificate? Certificate, CtEntryType Type, DateTimeOffset LoggedAt, string? Error) decoded, CtCursor positions, long next,
        IReadOnlyList<string>? issuerFingerprints = null)
    {
        var source = log.Url.ToString();
        var (certificate, type, loggedAt, error) = decoded;
        positions.Set(log.LogId, next);
        var passed = positions.ToString();
        if (error is not null)
        {
            CorruptEntries++;
            CtFeedLog.CorruptEntry(logger, Name, index, source, error);
            yield return new FeedItem(source, new FeedLine(index, string.Empty, $"corrupt CT entry {index} of {source}: {error}"), passed);
            yield break;
        }

        var names = certificate!.Names; // Decode sets the certificate whenever it reports no error
        if (names.Count == 0)
        {
            yield break;
        }

        // Until its last name is handled the cursor stays on the entry, so a crash re-reads it rather than losing names.
        positions.Set(log.LogId, index);
        var within = positions.ToString();
        positions.Set(log.LogId, next);
        var evidence = new CertificateEvidence
        {
            Log = source,
            Index = index,
            EntryType = type == CtEntryType.Precert ? "precert" : "x509",
            LoggedAt = loggedAt,
            Issuer = certificate.Issuer,
            Subject = certificate.Subject,
            NotBefore = certificate.NotBefore,
            NotAfter = certificate.NotAfter,
            SubjectAlternativeNames = certificate.SubjectAlternativeNames,
            Sha256 = certificate.Sha256,
            IssuerFingerprints = issuerFingerprints,
        };
        for (var i = 0; i < names.Count; i++)
        {
            yield return new FeedItem(source, new FeedLine(index, names[i], null), i == names.Count - 1 ? passed : within, null, CaseSource.Ct, evidence);
        }
    }

    /// <summary>Base64, leaf and certificate decoding of one entry; every failure is a reason, never an exception.</summary>
    internal static (CtCertificate? Certificate, CtEntryType Type, DateTimeOffset LoggedAt, string? Error) Decode(CtLogClient.LogEntry entry)
    {
        byte[] leaf, extra;
        try
        {
            leaf = Convert.FromBase64String(entry.LeafInput ?? string.Empty);
            extra = Convert.FromBase64String(entry.ExtraData ?? string.Empty);
        }
        catch (FormatException)
        {
            return (null, default, default, "leaf_input or extra_data is not base64");
        }

        return Decode(CtLeafParser.Parse(leaf, extra));
    }

    /// <summary>Certificate decoding of a parsed entry (from <c>get-entries</c> or a data tile).</summary>
    internal static (CtCertificate? Certificate, CtEntryType Type, DateTimeOffset LoggedAt, string? Error) Decode(CtParseResult parsed)
    {
        if (parsed.Entry is not { } decoded)
        {
            return (null, default, default, parsed.Error);
        }

        var (certificate, error) = CtCertificateReader.Read(decoded);
        return (certificate, decoded.Type, decoded.Timestamp, error);
    }

    private void Skip(CtLog log, string reason)
    {
        SkippedLogs++;
        CtFeedLog.LogSkipped(logger, Name, log.Url.ToString(), reason);
    }

    private static async Task<(T? Value, string? Error)> TryAsync<T>(Func<Task<T>> call, CancellationToken cancellationToken)
    {
        try
        {
            return (await call(), null);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex) when (ex is HttpRequestException or System.Text.Json.JsonException or InvalidDataException or OperationCanceledException or NotSupportedException)
        {
            return (default, ex.Message);
        }
    }
}
