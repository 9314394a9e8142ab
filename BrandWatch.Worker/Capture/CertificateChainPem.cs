using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace BrandWatch.Worker.Capture;

/// <summary>
/// The certificates an HTTPS server presented, leaf first, as PEM blocks (RFC 7468). A comment line before each block
/// names its subject, issuer and SHA-256; PEM readers (openssl, .NET's <c>ImportFromPem</c>) skip text outside blocks.
/// </summary>
internal static class CertificateChainPem
{
    public const string MediaType = "application/pem-certificate-chain";

    public static byte[] Write(string host, IReadOnlyList<byte[]> chain)
    {
        var text = new StringBuilder("# TLS certificate chain presented by ").Append(host).Append(", leaf first\n");
        for (var i = 0; i < chain.Count; i++)
        {
            using var certificate = X509CertificateLoader.LoadCertificate(chain[i]);
            text.Append("# ").Append(i).Append(" subject: ").Append(certificate.Subject).Append('\n')
                .Append("#   issuer: ").Append(certificate.Issuer).Append('\n')
                .Append("#   sha256: ").Append(Convert.ToHexStringLower(SHA256.HashData(chain[i]))).Append('\n')
                .Append(PemEncoding.Write("CERTIFICATE", chain[i])).Append('\n');
        }

        return Encoding.ASCII.GetBytes(text.ToString());
    }
}
