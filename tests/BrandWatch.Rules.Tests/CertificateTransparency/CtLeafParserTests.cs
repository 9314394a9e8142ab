using System.Formats.Asn1;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using BrandWatch.Rules.CertificateTransparency;

namespace BrandWatch.Rules.Tests.CertificateTransparency;

public sealed class CtLeafParserTests
{
    private static readonly DateTimeOffset LoggedAt = new(2026, 12, 2, 10, 30, 0, 123, TimeSpan.Zero);
    private static readonly byte[] Timestamp = BitConverter.IsLittleEndian ? [.. BitConverter.GetBytes(LoggedAt.ToUnixTimeMilliseconds()).Reverse()] : BitConverter.GetBytes(LoggedAt.ToUnixTimeMilliseconds());
    private static readonly byte[] Certificate = IssueCertificate("CN=shop.paypal-login.com", ["*.paypal-login.com", "PAYPAL-LOGIN.COM", "shop.paypal-login.com"], ip: true);

    [Fact]
    public void Parse_X509Entry_GivesTheCertificateAndItsTbs()
    {
        byte[] leaf = [0, 0, .. Timestamp, 0, 0, .. Length24(Certificate.Length), .. Certificate, 0, 0];

        var result = CtLeafParser.Parse(leaf, []);

        Assert.Null(result.Error);
        var entry = result.Entry!;
        Assert.Equal((CtEntryType.X509, LoggedAt), (entry.Type, entry.Timestamp));
        Assert.Equal(Certificate, entry.Certificate);
        Assert.Equal(TbsOf(Certificate), entry.TbsCertificate);
        Assert.Null(entry.IssuerKeyHash);
    }

    [Fact]
    public void Parse_PrecertEntry_TakesTheTbsFromTheLeafAndThePrecertificateFromExtraData()
    {
        var tbs = TbsOf(Certificate);
        var keyHash = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();
        byte[] leaf = [0, 0, .. Timestamp, 0, 1, .. keyHash, .. Length24(tbs.Length), .. tbs, 0, 0];
        byte[] chain = [.. Length24(3), 1, 2, 3];
        byte[] extra = [.. Length24(Certificate.Length), .. Certificate, .. Length24(chain.Length), .. chain];

        var result = CtLeafParser.Parse(leaf, extra);

        Assert.Null(result.Error);
        var entry = result.Entry!;
        Assert.Equal(CtEntryType.Precert, entry.Type);
        Assert.Equal(tbs, entry.TbsCertificate);
        Assert.Equal(keyHash, entry.IssuerKeyHash);
        Assert.Equal(Certificate, entry.Certificate);
    }

    [Fact]
    public void Parse_PrecertEntryWithoutExtraData_KeepsTheNamesAndLosesOnlyTheFingerprint()
    {
        var tbs = TbsOf(Certificate);
        byte[] leaf = [0, 0, .. Timestamp, 0, 1, .. new byte[32], .. Length24(tbs.Length), .. tbs, 0, 0];

        var entry = CtLeafParser.Parse(leaf, []).Entry!;
        var (certificate, error) = CtCertificateReader.Read(entry);

        Assert.Null(error);
        Assert.Null(certificate!.Sha256);
        Assert.Equal(["paypal-login.com", "shop.paypal-login.com"], certificate.Names);
    }

    public static TheoryData<string, byte[], string> Corrupt => new()
    {
        { "empty", [], "the leaf is shorter than its version and leaf type" },
        { "version 1", [1, 0, .. Timestamp, 0, 0], "leaf version 1 is not v1 (0)" },
        { "leaf type 1", [0, 1, .. Timestamp, 0, 0], "leaf type 1 is not timestamped_entry (0)" },
        { "cut timestamp", [0, 0, 1, 2, 3], "the leaf ends inside its timestamp or entry type" },
        { "entry type 2", [0, 0, .. Timestamp, 0, 2, 0, 0, 1, 0x30, 0, 0], "entry type 2 is neither x509_entry (0) nor precert_entry (1)" },
        { "length past the end", [0, 0, .. Timestamp, 0, 0, 0xFF, 0, 0, 0x30, 0], "the x509_entry certificate is missing or its 24-bit length runs past the leaf" },
        { "empty certificate", [0, 0, .. Timestamp, 0, 0, 0, 0, 0, 0, 0], "the x509_entry certificate is missing or its 24-bit length runs past the leaf" },
        { "not DER", [0, 0, .. Timestamp, 0, 0, 0, 0, 3, 1, 2, 3, 0, 0], "the x509_entry certificate is not a DER Certificate" },
        { "no extensions", [0, 0, .. Timestamp, 0, 0, .. Length24(Certificate.Length), .. Certificate], "the leaf ends inside its CtExtensions" },
        { "trailing bytes", [0, 0, .. Timestamp, 0, 0, .. Length24(Certificate.Length), .. Certificate, 0, 0, 9], "1 byte(s) follow the CtExtensions" },
        { "cut key hash", [0, 0, .. Timestamp, 0, 1, 1, 2, 3], "the precert_entry ends inside its issuer_key_hash" },
        { "no TBS", [0, 0, .. Timestamp, 0, 1, .. new byte[32], 0, 0], "the precert_entry TBSCertificate is missing or its 24-bit length runs past the leaf" },
    };

    [Theory]
    [MemberData(nameof(Corrupt))]
    public void Parse_CorruptLeaf_IsAnErrorNamingTheFault(string caseName, byte[] leaf, string expected)
    {
        var result = CtLeafParser.Parse(leaf, []);

        Assert.Null(result.Entry);
        Assert.True(expected == result.Error, $"{caseName}: {result.Error}");
    }

    [Fact]
    public void Read_Certificate_GivesIssuerValidityWrittenSansAndNamesToScreen()
    {
        byte[] leaf = [0, 0, .. Timestamp, 0, 0, .. Length24(Certificate.Length), .. Certificate, 0, 0];

        var (certificate, error) = CtCertificateReader.Read(CtLeafParser.Parse(leaf, []).Entry!);

        Assert.Null(error);
        Assert.Equal("CN=Rules Test CA", certificate!.Issuer);
        Assert.Equal("CN=shop.paypal-login.com", certificate.Subject);
        Assert.Equal((new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2027, 1, 30, 0, 0, 0, TimeSpan.Zero)), (certificate.NotBefore, certificate.NotAfter));
        Assert.Equal(["*.paypal-login.com", "PAYPAL-LOGIN.COM", "shop.paypal-login.com"], certificate.SubjectAlternativeNames);
        Assert.Equal(["paypal-login.com", "shop.paypal-login.com"], certificate.Names); // wildcard base and upper case folded into one, the IP left out
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Certificate)), certificate.Sha256);
    }

    [Fact]
    public void Read_CommonNameOnly_ScreensTheCommonNameAndNotAnOrganisationName()
    {
        var onlyCn = IssueCertificate("CN=login-apple-id.net, O=Apple Look Alike Ltd", [], ip: false);
        var notHost = IssueCertificate("CN=Apple Look Alike Ltd", [], ip: false);

        Assert.Equal(["login-apple-id.net"], Names(onlyCn));
        Assert.Empty(Names(notHost));
    }

    [Fact]
    public void Read_TbsThatIsNotAsn1_IsAnErrorNotAnException()
    {
        var (certificate, error) = CtCertificateReader.Read(new CtEntry(CtEntryType.Precert, LoggedAt, [0x30, 0x03, 0x02, 0x01], null, null));

        Assert.Null(certificate);
        Assert.StartsWith("the TBSCertificate does not decode", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("*.Example.COM.", "example.com")]
    [InlineData("*.*.paypal-login.com", "paypal-login.com")]
    [InlineData("www.paypal.com.account-verify.net", "www.paypal.com.account-verify.net")]
    [InlineData("192.0.2.1", null)]
    [InlineData("2001:db8::1", null)]
    [InlineData("login*.example.com", null)]
    [InlineData("localhost", null)]
    [InlineData("Apple Look Alike Ltd", null)]
    [InlineData("admin@example.com", null)]
    public void Normalise_WrittenName_GivesTheHostNameToScreenOrNothing(string written, string? expected)
    {
        Assert.Equal(expected, CtNames.Normalise(written));
    }

    private static IReadOnlyList<string> Names(byte[] certificate) =>
        CtCertificateReader.Read(new CtEntry(CtEntryType.X509, LoggedAt, TbsOf(certificate), certificate, null)).Certificate!.Names;

    private static byte[] Length24(int length) => [(byte)(length >> 16), (byte)(length >> 8), (byte)length];

    private static byte[] TbsOf(byte[] certificate) => new AsnReader(certificate, AsnEncodingRules.DER).ReadSequence().ReadEncodedValue().ToArray();

    private static byte[] IssueCertificate(string subject, string[] dnsNames, bool ip)
    {
        using var caKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256);
        if (dnsNames.Length > 0 || ip)
        {
            var san = new SubjectAlternativeNameBuilder();
            foreach (var name in dnsNames)
            {
                san.AddDnsName(name);
            }

            if (ip)
            {
                san.AddIpAddress(IPAddress.Parse("192.0.2.7"));
            }

            request.CertificateExtensions.Add(san.Build());
        }

        var notBefore = new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);
        using var certificate = request.Create(new X500DistinguishedName("CN=Rules Test CA"), X509SignatureGenerator.CreateForECDsa(caKey), notBefore, notBefore.AddDays(90), [1, 2, 3, 4]);
        return certificate.RawData;
    }
}
