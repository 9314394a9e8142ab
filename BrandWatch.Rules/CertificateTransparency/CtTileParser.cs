namespace BrandWatch.Rules.CertificateTransparency;

/// <summary>
/// Decodes a static-ct-api data tile: a sequence of <c>TileLeaf</c> structures (the RFC 6962 <c>TimestampedEntry</c>,
/// for a precertificate the precertificate itself, then the SHA-256 fingerprints of the issuers). Each entry is
/// decoded as <see cref="CtLeafParser"/> decodes an RFC 6962 entry. A tile whose framing breaks cannot be split into
/// entries past the break: the entries before it are kept and the tile is reported corrupt from there.
/// </summary>
public static class CtTileParser
{
    private const int FingerprintLength = 32;

    /// <summary>The entries of a tile expected to hold <paramref name="count"/> of them, with the reason it is corrupt, if it is.</summary>
    public static (IReadOnlyList<CtTileEntry> Entries, string? Error) Parse(ReadOnlySpan<byte> tile, int count)
    {
        var entries = new List<CtTileEntry>(Math.Max(0, Math.Min(count, 256)));
        var reader = new CtTlsReader(tile);
        while (!reader.AtEnd)
        {
            var start = reader.Offset;
            if (!reader.TryReadUInt64(out _) || !reader.TryReadUInt16(out var entryType))
            {
                return (entries, $"entry {entries.Count} ends inside its timestamp or entry type");
            }

            var framed = entryType switch
            {
                (ushort)CtEntryType.X509 => reader.TryReadOpaque24(out _),
                (ushort)CtEntryType.Precert => reader.TryReadBytes(FingerprintLength, out _) && reader.TryReadOpaque24(out _),
                _ => false,
            };
            if (!framed || !reader.TryReadOpaque16(out _))
            {
                return (entries, entryType > 1
                    ? $"entry {entries.Count} has entry type {entryType}, neither x509_entry (0) nor precert_entry (1)"
                    : $"entry {entries.Count} runs past the end of the tile");
            }

            var timestampedEnd = reader.Offset;
            ReadOnlySpan<byte> precertificate = default;
            if (entryType == (ushort)CtEntryType.Precert && !reader.TryReadOpaque24(out precertificate))
            {
                return (entries, $"entry {entries.Count} ends inside its pre_certificate");
            }

            if (!reader.TryReadOpaque16(out var chain) || chain.Length % FingerprintLength != 0)
            {
                return (entries, $"entry {entries.Count} has a certificate_chain that is not whole 32-byte fingerprints");
            }

            // The RFC 6962 leaf (v1, timestamped_entry) and, for a precertificate, the start of a PrecertChainEntry.
            var leaf = new byte[2 + timestampedEnd - start];
            tile[start..timestampedEnd].CopyTo(leaf.AsSpan(2));
            var extra = precertificate.IsEmpty ? [] : Opaque24(precertificate);
            var fingerprints = new string[chain.Length / FingerprintLength];
            for (var i = 0; i < fingerprints.Length; i++)
            {
                fingerprints[i] = Convert.ToHexStringLower(chain.Slice(i * FingerprintLength, FingerprintLength));
            }

            entries.Add(new CtTileEntry(CtLeafParser.Parse(leaf, extra), fingerprints));
        }

        return entries.Count == count ? (entries, null) : (entries, $"the tile holds {entries.Count} entries, not the {count} its size requires");
    }

    /// <summary>The path of data tile <paramref name="index"/> below the monitoring prefix: <c>tile/data/x001/x234/067[.p/W]</c>.</summary>
    public static string DataTilePath(long index, int width)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(width, 256);
        var groups = new List<string>();
        do
        {
            groups.Add((index % 1000).ToString("D3", System.Globalization.CultureInfo.InvariantCulture));
            index /= 1000;
        }
        while (index > 0);

        groups.Reverse();
        for (var i = 0; i < groups.Count - 1; i++)
        {
            groups[i] = "x" + groups[i];
        }

        var path = "tile/data/" + string.Join('/', groups);
        return width == 256 ? path : path + ".p/" + width.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private static byte[] Opaque24(ReadOnlySpan<byte> value)
    {
        var bytes = new byte[3 + value.Length];
        bytes[0] = (byte)(value.Length >> 16);
        bytes[1] = (byte)(value.Length >> 8);
        bytes[2] = (byte)value.Length;
        value.CopyTo(bytes.AsSpan(3));
        return bytes;
    }
}

/// <summary>One entry of a data tile: the decoded entry (or why it is corrupt) and its issuers' SHA-256 fingerprints.</summary>
public sealed record CtTileEntry(CtParseResult Result, IReadOnlyList<string> IssuerFingerprints);
