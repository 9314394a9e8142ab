using System.Formats.Asn1;

namespace BrandWatch.Rules.CertificateTransparency;

/// <summary>
/// Decodes the <c>leaf_input</c> (a <c>MerkleTreeLeaf</c>) and <c>extra_data</c> of an RFC 6962 <c>get-entries</c>
/// answer (§3.4, §4.6). TLS presentation language: big-endian integers, <c>opaque ASN.1Cert&lt;1..2^24-1&gt;</c> with a
/// 24-bit length prefix, <c>CtExtensions&lt;0..2^16-1&gt;</c> with a 16-bit one.
/// </summary>
public static class CtLeafParser
{
    private const byte Version1 = 0;
    private const byte TimestampedEntryLeaf = 0;
    private const int IssuerKeyHashLength = 32;

    public static CtParseResult Parse(ReadOnlySpan<byte> leafInput, ReadOnlySpan<byte> extraData)
    {
        var leaf = new CtTlsReader(leafInput);
        if (!leaf.TryReadByte(out var version) || !leaf.TryReadByte(out var leafType))
        {
            return CtParseResult.Fail("the leaf is shorter than its version and leaf type");
        }

        if (version != Version1)
        {
            return CtParseResult.Fail($"leaf version {version} is not v1 (0)");
        }

        if (leafType != TimestampedEntryLeaf)
        {
            return CtParseResult.Fail($"leaf type {leafType} is not timestamped_entry (0)");
        }

        if (!leaf.TryReadUInt64(out var milliseconds) || !leaf.TryReadUInt16(out var entryType))
        {
            return CtParseResult.Fail("the leaf ends inside its timestamp or entry type");
        }

        if (milliseconds > (ulong)DateTimeOffset.MaxValue.ToUnixTimeMilliseconds())
        {
            return CtParseResult.Fail($"timestamp {milliseconds} is out of range");
        }

        var timestamp = DateTimeOffset.FromUnixTimeMilliseconds((long)milliseconds);
        byte[]? certificate;
        byte[] tbs;
        byte[]? issuerKeyHash = null;
        CtEntryType type;
        switch (entryType)
        {
            case (ushort)CtEntryType.X509:
                type = CtEntryType.X509;
                if (!leaf.TryReadOpaque24(out var cert) || cert.IsEmpty)
                {
                    return CtParseResult.Fail("the x509_entry certificate is missing or its 24-bit length runs past the leaf");
                }

                certificate = cert.ToArray();
                if (TbsOf(certificate) is not { } inner)
                {
                    return CtParseResult.Fail("the x509_entry certificate is not a DER Certificate");
                }

                tbs = inner;
                break;
            case (ushort)CtEntryType.Precert:
                type = CtEntryType.Precert;
                if (!leaf.TryReadBytes(IssuerKeyHashLength, out var hash))
                {
                    return CtParseResult.Fail("the precert_entry ends inside its issuer_key_hash");
                }

                issuerKeyHash = hash.ToArray();
                if (!leaf.TryReadOpaque24(out var tbsBytes) || tbsBytes.IsEmpty)
                {
                    return CtParseResult.Fail("the precert_entry TBSCertificate is missing or its 24-bit length runs past the leaf");
                }

                tbs = tbsBytes.ToArray();
                // PrecertChainEntry: the precertificate first, then its chain. A missing precertificate loses only the fingerprint.
                var extra = new CtTlsReader(extraData);
                certificate = extra.TryReadOpaque24(out var precert) && !precert.IsEmpty ? precert.ToArray() : null;
                break;
            default:
                return CtParseResult.Fail($"entry type {entryType} is neither x509_entry (0) nor precert_entry (1)");
        }

        if (!leaf.TryReadOpaque16(out _))
        {
            return CtParseResult.Fail("the leaf ends inside its CtExtensions");
        }

        if (!leaf.AtEnd)
        {
            return CtParseResult.Fail($"{leaf.Remaining} byte(s) follow the CtExtensions");
        }

        return new CtParseResult(new CtEntry(type, timestamp, tbs, certificate, issuerKeyHash), null);
    }

    /// <summary>The DER TBSCertificate inside a DER Certificate, or null when it is not one.</summary>
    internal static byte[]? TbsOf(byte[] certificate)
    {
        try
        {
            var outer = new AsnReader(certificate, AsnEncodingRules.BER).ReadSequence();
            return outer.ReadEncodedValue().ToArray();
        }
        catch (AsnContentException)
        {
            return null;
        }
    }
}
