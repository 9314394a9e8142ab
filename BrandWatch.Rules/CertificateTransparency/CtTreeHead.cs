using System.Buffers.Binary;
using System.Security.Cryptography;

namespace BrandWatch.Rules.CertificateTransparency;

/// <summary>
/// A log's signed tree head (RFC 6962 §3.5) and its check against the log's public key: the signature is a TLS
/// <c>digitally-signed</c> struct (RFC 5246 §4.7: hash algorithm, signature algorithm, 16-bit length, signature) over
/// <c>TreeHeadSignature</c> (version v1, signature type <c>tree_hash</c>, timestamp, tree size, root hash).
/// </summary>
public sealed record CtTreeHead(long TreeSize, ulong Timestamp, byte[] RootHash, byte[] Signature)
{
    private const byte Version1 = 0;
    private const byte TreeHashSignatureType = 1;
    private const byte Sha256 = 4;
    private const byte Rsa = 1;
    private const byte Ecdsa = 3;

    /// <summary>The bytes the log signs for this tree head.</summary>
    public byte[] SignedData()
    {
        var data = new byte[1 + 1 + 8 + 8 + 32];
        data[0] = Version1;
        data[1] = TreeHashSignatureType;
        BinaryPrimitives.WriteUInt64BigEndian(data.AsSpan(2), Timestamp);
        BinaryPrimitives.WriteUInt64BigEndian(data.AsSpan(10), (ulong)TreeSize);
        RootHash.CopyTo(data.AsSpan(18));
        return data;
    }

    /// <summary>
    /// Null when the signature verifies with <paramref name="subjectPublicKeyInfo"/> (DER, as the log list gives it,
    /// ECDSA P-256 or RSA) and the key hashes to <paramref name="logId"/>; otherwise why the tree head is not trusted.
    /// </summary>
    public string? Verify(ReadOnlySpan<byte> subjectPublicKeyInfo, ReadOnlySpan<byte> logId)
    {
        if (TreeSize < 0)
        {
            return $"negative tree size {TreeSize}";
        }

        if (RootHash.Length != 32)
        {
            return $"root hash of {RootHash.Length} bytes, not 32";
        }

        if (subjectPublicKeyInfo.IsEmpty)
        {
            return "the log list gives no key for this log";
        }

        if (!logId.IsEmpty && !SHA256.HashData(subjectPublicKeyInfo).AsSpan().SequenceEqual(logId))
        {
            return "the log list's key does not hash to the log's id";
        }

        if (Signature.Length < 4)
        {
            return "the signature is shorter than its algorithm and length";
        }

        var hash = Signature[0];
        var algorithm = Signature[1];
        var length = BinaryPrimitives.ReadUInt16BigEndian(Signature.AsSpan(2));
        if (length != Signature.Length - 4)
        {
            return $"the signature's length field says {length} bytes but {Signature.Length - 4} follow";
        }

        if (hash != Sha256)
        {
            return $"hash algorithm {hash} is not SHA-256 (4)";
        }

        var signature = Signature.AsSpan(4);
        var data = SignedData();
        try
        {
            switch (algorithm)
            {
                case Ecdsa:
                {
                    using var key = ECDsa.Create();
                    key.ImportSubjectPublicKeyInfo(subjectPublicKeyInfo, out _);
                    return key.VerifyData(data, signature, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence) ? null : "the ECDSA signature does not verify with the log's key";
                }

                case Rsa:
                {
                    using var key = RSA.Create();
                    key.ImportSubjectPublicKeyInfo(subjectPublicKeyInfo, out _);
                    return key.VerifyData(data, signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1) ? null : "the RSA signature does not verify with the log's key";
                }

                default:
                    return $"signature algorithm {algorithm} is neither ECDSA (3) nor RSA (1)";
            }
        }
        catch (CryptographicException ex)
        {
            return $"the log list's key for this log is not a usable {(algorithm == Ecdsa ? "ECDSA" : "RSA")} public key ({ex.Message})";
        }
    }
}
