using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace BrandWatch.Api.Alerts;

/// <summary>
/// Signs webhook bodies: <c>BrandWatch-Signature: sha256=HEX(HMAC-SHA256(secret, "{timestamp}.{body}"))</c>, where
/// timestamp is the <c>BrandWatch-Timestamp</c> header (Unix seconds) and body the exact bytes sent.
/// </summary>
public static class WebhookSigner
{
    public const string DeliveryHeader = "BrandWatch-Delivery";
    public const string TimestampHeader = "BrandWatch-Timestamp";
    public const string SignatureHeader = "BrandWatch-Signature";
    public const string EventHeader = "BrandWatch-Event";
    public const string SignaturePrefix = "sha256=";

    public static string Sign(string secret, long timestamp, ReadOnlySpan<byte> body)
    {
        ArgumentException.ThrowIfNullOrEmpty(secret);
        var prefix = Encoding.ASCII.GetBytes(timestamp.ToString(CultureInfo.InvariantCulture) + ".");
        var signed = new byte[prefix.Length + body.Length];
        prefix.CopyTo(signed, 0);
        body.CopyTo(signed.AsSpan(prefix.Length));
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), signed);
        return SignaturePrefix + Convert.ToHexStringLower(mac);
    }

    /// <summary>A new random secret for a subscription that did not bring one (32 bytes, base64url).</summary>
    public static string NewSecret() =>
        "whsec_" + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
}
