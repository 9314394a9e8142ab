using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace BrandWatch.Rules.CertificateTransparency;

/// <summary>Reads the facts and the host names of a log entry from its TBSCertificate (RFC 5280 §4.1).</summary>
public static class CtCertificateReader
{
    private const string SubjectAltNameOid = "2.5.29.17";
    private const string CommonNameOid = "2.5.4.3";
    private static readonly Asn1Tag DnsNameTag = new(TagClass.ContextSpecific, 2);
    private static readonly Asn1Tag ExtensionsTag = new(TagClass.ContextSpecific, 3, isConstructed: true);

    /// <summary>The certificate facts, or an error naming the field that does not decode.</summary>
    public static (CtCertificate? Certificate, string? Error) Read(CtEntry entry)
    {
        try
        {
            return (ReadTbs(entry.TbsCertificate, entry.Certificate), null);
        }
        catch (Exception ex) when (ex is AsnContentException or CryptographicException)
        {
            return (null, $"the TBSCertificate does not decode: {ex.Message}");
        }
    }

    private static CtCertificate ReadTbs(byte[] tbs, byte[]? certificate)
    {
        var reader = new AsnReader(tbs, AsnEncodingRules.BER).ReadSequence();
        if (reader.PeekTag().HasSameClassAndValue(new Asn1Tag(TagClass.ContextSpecific, 0)))
        {
            reader.ReadEncodedValue(); // version
        }

        reader.ReadIntegerBytes(); // serialNumber
        reader.ReadEncodedValue(); // signature AlgorithmIdentifier
        var issuer = reader.ReadEncodedValue();
        var validity = reader.ReadSequence();
        var notBefore = ReadTime(validity);
        var notAfter = ReadTime(validity);
        var subject = reader.ReadEncodedValue();
        reader.ReadEncodedValue(); // subjectPublicKeyInfo

        var sans = new List<string>();
        while (reader.HasData)
        {
            if (!reader.PeekTag().HasSameClassAndValue(ExtensionsTag))
            {
                reader.ReadEncodedValue(); // issuerUniqueID, subjectUniqueID
                continue;
            }

            var extensions = reader.ReadSequence(ExtensionsTag).ReadSequence();
            while (extensions.HasData)
            {
                var extension = extensions.ReadSequence();
                var oid = extension.ReadObjectIdentifier();
                if (extension.PeekTag().HasSameClassAndValue(Asn1Tag.Boolean))
                {
                    extension.ReadBoolean();
                }

                var value = extension.ReadOctetString();
                if (oid == SubjectAltNameOid)
                {
                    ReadDnsNames(value, sans);
                }
            }
        }

        var subjectName = new X500DistinguishedName(subject.Span);
        var commonNames = subjectName.EnumerateRelativeDistinguishedNames()
            .Where(r => !r.HasMultipleElements && r.GetSingleElementType().Value == CommonNameOid)
            .Select(r => r.GetSingleElementValue())
            .OfType<string>();
        var names = CtNames.ToScreen(sans.Concat(commonNames));
        return new CtCertificate(
            new X500DistinguishedName(issuer.Span).Name,
            subjectName.Name,
            notBefore,
            notAfter,
            sans,
            names,
            certificate is null ? null : Convert.ToHexStringLower(SHA256.HashData(certificate)));
    }

    private static DateTimeOffset ReadTime(AsnReader validity) =>
        validity.PeekTag().HasSameClassAndValue(Asn1Tag.UtcTime) ? validity.ReadUtcTime() : validity.ReadGeneralizedTime();

    private static void ReadDnsNames(byte[] value, List<string> into)
    {
        var names = new AsnReader(value, AsnEncodingRules.BER).ReadSequence();
        while (names.HasData)
        {
            if (names.PeekTag().HasSameClassAndValue(DnsNameTag))
            {
                // IA5String by RFC 5280; read as bytes so one non-ASCII name is dropped later, not the whole entry.
                into.Add(System.Text.Encoding.Latin1.GetString(names.ReadOctetString(DnsNameTag)));
            }
            else
            {
                names.ReadEncodedValue();
            }
        }
    }
}
