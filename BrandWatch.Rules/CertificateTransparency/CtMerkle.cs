using System.Security.Cryptography;

namespace BrandWatch.Rules.CertificateTransparency;

/// <summary>
/// Merkle tree proofs of a CT log (RFC 6962 §2.1; the verification algorithms of RFC 9162 §2.1.3.2 and §2.1.4.2):
/// the leaf hash, an inclusion proof (audit path) of one leaf in a signed tree, and a consistency proof that a later
/// tree head extends an earlier one. A proof that does not verify is a reason, never an exception.
/// </summary>
public static class CtMerkle
{
    public const int HashLength = 32;

    /// <summary>SHA-256(0x00 || leaf), the hash of a <c>MerkleTreeLeaf</c> as the log stores it.</summary>
    public static byte[] LeafHash(ReadOnlySpan<byte> leaf)
    {
        var data = new byte[leaf.Length + 1];
        leaf.CopyTo(data.AsSpan(1));
        return SHA256.HashData(data);
    }

    /// <summary>SHA-256(0x01 || left || right), an interior node.</summary>
    public static byte[] NodeHash(ReadOnlySpan<byte> left, ReadOnlySpan<byte> right)
    {
        Span<byte> data = stackalloc byte[1 + (2 * HashLength)];
        data[0] = 1;
        left.CopyTo(data[1..]);
        right.CopyTo(data[(1 + HashLength)..]);
        return SHA256.HashData(data);
    }

    /// <summary>Null when <paramref name="path"/> proves leaf <paramref name="index"/> with hash <paramref name="leafHash"/> is in the tree of <paramref name="treeSize"/> with <paramref name="root"/>; otherwise why not.</summary>
    public static string? VerifyInclusion(long index, long treeSize, ReadOnlySpan<byte> leafHash, IReadOnlyList<byte[]> path, ReadOnlySpan<byte> root)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (index < 0 || index >= treeSize)
        {
            return $"leaf {index} is outside a tree of {treeSize}";
        }

        if (path.Any(p => p.Length != HashLength))
        {
            return "a hash of the audit path is not 32 bytes";
        }

        long fn = index, sn = treeSize - 1;
        var r = leafHash.ToArray();
        foreach (var p in path)
        {
            if (sn == 0)
            {
                return $"the audit path is longer than a tree of {treeSize} allows";
            }

            if ((fn & 1) == 1 || fn == sn)
            {
                r = NodeHash(p, r);
                while ((fn & 1) == 0 && fn != 0)
                {
                    fn >>= 1;
                    sn >>= 1;
                }
            }
            else
            {
                r = NodeHash(r, p);
            }

            fn >>= 1;
            sn >>= 1;
        }

        if (sn != 0)
        {
            return $"the audit path is shorter than a tree of {treeSize} needs";
        }

        return r.AsSpan().SequenceEqual(root) ? null : $"the audit path of leaf {index} does not lead to the root of the tree of {treeSize}";
    }

    /// <summary>
    /// Null when <paramref name="proof"/> shows the tree of <paramref name="secondSize"/> with <paramref name="secondRoot"/>
    /// extends the tree of <paramref name="firstSize"/> with <paramref name="firstRoot"/>; otherwise why not (a forked or
    /// rewritten log).
    /// </summary>
    public static string? VerifyConsistency(long firstSize, long secondSize, ReadOnlySpan<byte> firstRoot, ReadOnlySpan<byte> secondRoot, IReadOnlyList<byte[]> proof)
    {
        ArgumentNullException.ThrowIfNull(proof);
        if (firstSize < 0 || secondSize < firstSize)
        {
            return $"tree size {secondSize} is smaller than the earlier {firstSize}";
        }

        if (proof.Any(p => p.Length != HashLength))
        {
            return "a hash of the consistency proof is not 32 bytes";
        }

        if (firstSize == secondSize)
        {
            return proof.Count == 0 && firstRoot.SequenceEqual(secondRoot) ? null : $"two different roots for the same tree size {firstSize}";
        }

        if (firstSize == 0)
        {
            return null; // every tree extends the empty one
        }

        if (proof.Count == 0)
        {
            return "the consistency proof is empty";
        }

        var path = new List<byte[]>(proof.Count + 1);
        if ((firstSize & (firstSize - 1)) == 0)
        {
            path.Add(firstRoot.ToArray()); // the earlier tree is a complete subtree: its root starts the path
        }

        path.AddRange(proof);
        long fn = firstSize - 1, sn = secondSize - 1;
        while ((fn & 1) == 1)
        {
            fn >>= 1;
            sn >>= 1;
        }

        byte[] fr = path[0], sr = path[0];
        for (var i = 1; i < path.Count; i++)
        {
            if (sn == 0)
            {
                return $"the consistency proof is longer than trees of {firstSize} and {secondSize} allow";
            }

            var c = path[i];
            if ((fn & 1) == 1 || fn == sn)
            {
                fr = NodeHash(c, fr);
                sr = NodeHash(c, sr);
                while ((fn & 1) == 0 && fn != 0)
                {
                    fn >>= 1;
                    sn >>= 1;
                }
            }
            else
            {
                sr = NodeHash(sr, c);
            }

            fn >>= 1;
            sn >>= 1;
        }

        if (sn != 0)
        {
            return $"the consistency proof is shorter than trees of {firstSize} and {secondSize} need";
        }

        if (!fr.AsSpan().SequenceEqual(firstRoot))
        {
            return $"the consistency proof does not lead to the earlier root of the tree of {firstSize}: the log was rewritten or forked";
        }

        return sr.AsSpan().SequenceEqual(secondRoot) ? null : $"the consistency proof does not lead to the root of the tree of {secondSize}";
    }
}
