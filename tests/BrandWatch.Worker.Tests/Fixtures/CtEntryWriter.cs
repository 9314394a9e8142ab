using System.Buffers.Binary;
using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace BrandWatch.Testing;

/// <summary>
/// Issues real certificates and precertificates with <see cref="CertificateRequest"/> under a test CA and encodes them
/// as RFC 6962 entries (<c>MerkleTreeLeaf</c> and <c>extra_data</c>), for the loopback logs of the tests and for the
/// harness's <c>ct</c> verb (bench/BrandWatch.Bench links this file).
/// </summary>
internal sealed class CtEntryWriter : IDisposable
{
    private const string PoisonOid = "1.3.6.1.4.1.11129.2.4.3";
    private readonly ECDsa _caKey;
    private readonly ECDsa _leafKey;
    private readonly X509Certificate2 _ca;
    private readonly byte[] _issuerKeyHash;
    private long _serial;

    public CtEntryWriter(string issuerName = "CN=BrandWatch Test CA, O=BrandWatch Tests")
    {
        _caKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        _leafKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest(issuerName, _caKey, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        _ca = request.CreateSelfSigned(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2036, 1, 1, 0, 0, 0, TimeSpan.Zero));
        _issuerKeyHash = SHA256.HashData(_ca.PublicKey.ExportSubjectPublicKeyInfo());
    }

    public byte[] CaCertificate => _ca.RawData;

    /// <summary>A DER certificate (or precertificate, with the critical CT poison extension) for the names.</summary>
    public byte[] Issue(string? commonName, IReadOnlyList<string> dnsNames, bool poison, long serial)
    {
        var request = new CertificateRequest(commonName is null ? string.Empty : $"CN={commonName}", _leafKey, HashAlgorithmName.SHA256);
        if (dnsNames.Count > 0)
        {
            var san = new SubjectAlternativeNameBuilder();
            foreach (var name in dnsNames)
            {
                san.AddDnsName(name);
            }

            request.CertificateExtensions.Add(san.Build());
        }

        if (poison)
        {
            var nullValue = new AsnWriter(AsnEncodingRules.DER);
            nullValue.WriteNull();
            request.CertificateExtensions.Add(new X509Extension(PoisonOid, nullValue.Encode(), critical: true));
        }

        var serialBytes = new byte[8];
        BinaryPrimitives.WriteInt64BigEndian(serialBytes, serial | 0x0100_0000_0000_0000);
        var notBefore = new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);
        using var certificate = request.Create(_ca.SubjectName, X509SignatureGenerator.CreateForECDsa(_caKey), notBefore, notBefore.AddDays(90), serialBytes);
        return certificate.RawData;
    }

    /// <summary>An <c>x509_entry</c>: the leaf and the chain (<c>ASN.1Cert certificate_chain&lt;0..2^24-1&gt;</c>).</summary>
    public (byte[] Leaf, byte[] Extra) X509Entry(string? commonName, IReadOnlyList<string> dnsNames, DateTimeOffset loggedAt)
    {
        var certificate = Issue(commonName, dnsNames, poison: false, Interlocked.Increment(ref _serial));
        var leaf = new List<byte>();
        Header(leaf, loggedAt, 0);
        Opaque24(leaf, certificate);
        leaf.AddRange([0, 0]); // no CtExtensions
        var chain = new List<byte>();
        Opaque24(chain, CaCertificate);
        var extra = new List<byte>();
        Opaque24(extra, [.. chain]);
        return ([.. leaf], [.. extra]);
    }

    /// <summary>
    /// A <c>precert_entry</c>: the leaf holds the issuer key hash and the TBSCertificate without the poison (the one the
    /// final certificate carries); <c>extra_data</c> is the <c>PrecertChainEntry</c> (precertificate, then chain).
    /// </summary>
    public (byte[] Leaf, byte[] Extra, byte[] Precertificate) PrecertEntry(string? commonName, IReadOnlyList<string> dnsNames, DateTimeOffset loggedAt)
    {
        var serial = Interlocked.Increment(ref _serial);
        var precertificate = Issue(commonName, dnsNames, poison: true, serial);
        var final = Issue(commonName, dnsNames, poison: false, serial);
        var tbs = new AsnReader(final, AsnEncodingRules.DER).ReadSequence().ReadEncodedValue().ToArray();
        var leaf = new List<byte>();
        Header(leaf, loggedAt, 1);
        leaf.AddRange(_issuerKeyHash);
        Opaque24(leaf, tbs);
        leaf.AddRange([0, 0]);
        var extra = new List<byte>();
        Opaque24(extra, precertificate);
        var chain = new List<byte>();
        Opaque24(chain, CaCertificate);
        Opaque24(extra, [.. chain]);
        return ([.. leaf], [.. extra], precertificate);
    }

    public void Dispose()
    {
        _ca.Dispose();
        _caKey.Dispose();
        _leafKey.Dispose();
    }

    private static void Header(List<byte> leaf, DateTimeOffset loggedAt, ushort entryType)
    {
        leaf.Add(0); // v1
        leaf.Add(0); // timestamped_entry
        var timestamp = new byte[8];
        BinaryPrimitives.WriteUInt64BigEndian(timestamp, (ulong)loggedAt.ToUnixTimeMilliseconds());
        leaf.AddRange(timestamp);
        leaf.Add((byte)(entryType >> 8));
        leaf.Add((byte)entryType);
    }

    private static void Opaque24(List<byte> into, byte[] value)
    {
        into.Add((byte)(value.Length >> 16));
        into.Add((byte)(value.Length >> 8));
        into.Add((byte)value.Length);
        into.AddRange(value);
    }
}
