using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;

namespace BrandWatch.Api.Alerts;

/// <summary>
/// Webhook secrets at rest: protected with ASP.NET Core Data Protection (AES-256-CBC + HMACSHA256 under a key of the
/// key ring) and stored as <c>dp1:</c> plus the payload in base64url. A value without the prefix is a secret stored
/// before protection existed; <see cref="WebhookSecretMigration"/> protects those at start-up.
/// </summary>
internal sealed class WebhookSecrets(IDataProtectionProvider provider)
{
    public const string Prefix = "dp1:";

    private const string Purpose = "BrandWatch.Alerts.WebhookSecret.v1";

    private readonly IDataProtector _protector = provider.CreateProtector(Purpose);

    public string Protect(string secret) =>
        Prefix + Base64Url.EncodeToString(_protector.Protect(Encoding.UTF8.GetBytes(secret)));

    /// <summary>The secret a stored value holds, or null when the key that protected it is gone from the key ring.</summary>
    public string? Reveal(string? stored) => stored is null ? null : Read(stored).Secret;

    /// <summary>
    /// Reads a stored value. <c>Stale</c> is true when the value should be written again: it is plain text, or it was
    /// protected with a key that is no longer the key ring's default (after a rotation).
    /// </summary>
    public (string? Secret, bool Stale) Read(string stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        if (!stored.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return (stored, true);
        }

        try
        {
            var payload = Base64Url.DecodeFromChars(stored.AsSpan(Prefix.Length));
            if (_protector is IPersistedDataProtector persisted)
            {
                var plain = persisted.DangerousUnprotect(payload, ignoreRevocationErrors: true, out var requiresMigration, out var wasRevoked);
                return (Encoding.UTF8.GetString(plain), requiresMigration || wasRevoked);
            }

            return (Encoding.UTF8.GetString(_protector.Unprotect(payload)), false);
        }
        catch (Exception ex) when (ex is CryptographicException or FormatException)
        {
            return (null, false);
        }
    }
}
