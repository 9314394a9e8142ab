using System.Buffers.Binary;
using System.Security.Cryptography;

namespace BrandWatch.Worker.Tests.Fixtures;

/// <summary>
/// The signing half of a CT log, for the loopback logs: an ECDSA P-256 key, its log id, RFC 6962 Merkle tree hashes,
/// tree head signatures (RFC 6962 §3.5 in a TLS digitally-signed struct) and static-ct-api signed checkpoints.
/// </summary>
public sealed class CtLogSigner : IDisposable
{
    private readonly ECDsa _key = ECDsa.Create(ECCurve.NamedCurves.nistP256);

    public CtLogSigner() => PublicKey = _key.ExportSubjectPublicKeyInfo();

    public byte[] PublicKey { get; }

    public byte[] LogIdBytes => SHA256.HashData(PublicKey);

    public string LogId => Convert.ToBase64String(LogIdBytes);

    /// <summary>MTH(D[n]) of RFC 6962 §2.1 over the MerkleTreeLeaf encodings.</summary>
    public static byte[] RootHash(IReadOnlyList<byte[]> leaves)
    {
        if (leaves.Count == 0)
        {
            return SHA256.HashData([]);
        }

        return Hash(leaves, 0, leaves.Count);

        static byte[] Hash(IReadOnlyList<byte[]> leaves, int start, int count)
        {
            if (count == 1)
            {
                return SHA256.HashData([0, .. leaves[start]]);
            }

            var split = 1;
            while (split * 2 < count)
            {
                split *= 2;
            }

            return SHA256.HashData([1, .. Hash(leaves, start, split), .. Hash(leaves, start + split, count - split)]);
        }
    }

    /// <summary>PATH(m, D[n]) of RFC 6962 §2.1.1: the audit path of leaf <paramref name="index"/> in the tree of the leaves given.</summary>
    public static List<byte[]> AuditPath(int index, IReadOnlyList<byte[]> leaves) => Path(index, leaves, 0, leaves.Count);

    /// <summary>PROOF(m, D[n]) of RFC 6962 §2.1.2: the consistency proof from the first <paramref name="first"/> leaves to all of them.</summary>
    public static List<byte[]> ConsistencyProof(int first, IReadOnlyList<byte[]> leaves) =>
        first == 0 || first == leaves.Count ? [] : SubProof(first, leaves, 0, leaves.Count, true);

    private static List<byte[]> Path(int m, IReadOnlyList<byte[]> leaves, int start, int count)
    {
        if (count <= 1)
        {
            return [];
        }

        var k = Split(count);
        return m < k
            ? [.. Path(m, leaves, start, k), RootHash(Slice(leaves, start + k, count - k))]
            : [.. Path(m - k, leaves, start + k, count - k), RootHash(Slice(leaves, start, k))];
    }

    private static List<byte[]> SubProof(int m, IReadOnlyList<byte[]> leaves, int start, int count, bool whole)
    {
        if (m == count)
        {
            return whole ? [] : [RootHash(Slice(leaves, start, count))];
        }

        var k = Split(count);
        return m <= k
            ? [.. SubProof(m, leaves, start, k, whole), RootHash(Slice(leaves, start + k, count - k))]
            : [.. SubProof(m - k, leaves, start + k, count - k, false), RootHash(Slice(leaves, start, k))];
    }

    private static int Split(int count)
    {
        var k = 1;
        while (k * 2 < count)
        {
            k *= 2;
        }

        return k;
    }

    private static List<byte[]> Slice(IReadOnlyList<byte[]> leaves, int start, int count) => leaves.Skip(start).Take(count).ToList();

    /// <summary>The digitally-signed TreeHeadSignature for a tree (hash SHA-256, ECDSA, 16-bit length, DER signature).</summary>
    public byte[] SignTreeHead(ulong timestamp, long treeSize, byte[] rootHash)
    {
        var data = new byte[50];
        data[1] = 1; // version v1 (0), signature type tree_hash (1)
        BinaryPrimitives.WriteUInt64BigEndian(data.AsSpan(2), timestamp);
        BinaryPrimitives.WriteUInt64BigEndian(data.AsSpan(10), (ulong)treeSize);
        rootHash.CopyTo(data, 18);
        var signature = _key.SignData(data, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);
        var signed = new byte[4 + signature.Length];
        signed[0] = 4; // sha256
        signed[1] = 3; // ecdsa
        BinaryPrimitives.WriteUInt16BigEndian(signed.AsSpan(2), (ushort)signature.Length);
        signature.CopyTo(signed, 4);
        return signed;
    }

    /// <summary>A static-ct-api checkpoint: the note body and the log's RFC6962NoteSignature line (plus a witness line to be ignored).</summary>
    public string Checkpoint(string origin, ulong timestamp, long treeSize, byte[] rootHash)
    {
        var body = $"{origin}\n{treeSize}\n{Convert.ToBase64String(rootHash)}\n";
        var name = System.Text.Encoding.UTF8.GetBytes(origin);
        var keyId = SHA256.HashData([.. name, 0x0A, 0x05, .. LogIdBytes])[..4];
        var stamp = new byte[8];
        BinaryPrimitives.WriteUInt64BigEndian(stamp, timestamp);
        var blob = Convert.ToBase64String([.. keyId, .. stamp, .. SignTreeHead(timestamp, treeSize, rootHash)]);
        var witness = Convert.ToBase64String([9, 9, 9, 9, .. new byte[72]]);
        return $"{body}\n\u2014 witness.example/w1 {witness}\n\u2014 {origin} {blob}\n";
    }

    public void Dispose() => _key.Dispose();
}
