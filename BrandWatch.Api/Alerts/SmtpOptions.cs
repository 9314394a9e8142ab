using System.ComponentModel.DataAnnotations;
using MailKit.Security;

namespace BrandWatch.Api.Alerts;

/// <summary>The SMTP relay alerts are sent through (<c>Alerts:Smtp</c>); e-mail subscriptions are refused while <see cref="Host"/> is unset.</summary>
public sealed class SmtpOptions : IValidatableObject
{
    public const string Section = "Alerts:Smtp";

    /// <summary>Relay host name; e-mail delivery is off while it is empty.</summary>
    public string? Host { get; set; }

    [Range(1, 65535)]
    public int Port { get; set; } = 587;

    /// <summary>
    /// <c>StartTlsWhenAvailable</c> (default) upgrades when the server offers STARTTLS; <c>StartTls</c> requires it;
    /// <c>SslOnConnect</c> is implicit TLS (port 465); <c>None</c> never encrypts. With a <see cref="UserName"/> TLS is
    /// required: "when available" becomes "required" (a man in the middle could strip the offer and read the password),
    /// and <c>None</c> is refused at start-up, unless <see cref="AllowPlaintextAuthentication"/> is set.
    /// </summary>
    public SecureSocketOptions Security { get; set; } = SecureSocketOptions.StartTlsWhenAvailable;

    /// <summary>User name for SMTP AUTH; no authentication when empty.</summary>
    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>Sends the credentials over a plain connection. Only for a relay on the same machine or in tests.</summary>
    public bool AllowPlaintextAuthentication { get; set; }

    /// <summary>The security used to connect: TLS is required whenever credentials are sent.</summary>
    public SecureSocketOptions EffectiveSecurity =>
        string.IsNullOrEmpty(UserName) || AllowPlaintextAuthentication ? Security : Security switch
        {
            SecureSocketOptions.StartTlsWhenAvailable => SecureSocketOptions.StartTls,
            SecureSocketOptions.Auto => Port == 465 ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.StartTls,
            _ => Security,
        };

    /// <summary>The From address of every alert.</summary>
    [EmailAddress]
    public string? From { get; set; }

    public string FromName { get; set; } = "BrandWatch";

    /// <summary>
    /// SHA-256 fingerprint (hex) of a relay certificate to accept although no trusted authority issued it: an internal
    /// relay with a self-signed certificate. Certificates that chain to a trusted root are always accepted.
    /// </summary>
    [RegularExpression("^([0-9A-Fa-f]{2}:?){31}[0-9A-Fa-f]{2}$", ErrorMessage = "Alerts:Smtp:CertificateSha256 must be 64 hex digits (colons allowed).")]
    public string? CertificateSha256 { get; set; }

    [System.Diagnostics.CodeAnalysis.MemberNotNullWhen(true, nameof(Host))]
    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (IsConfigured && string.IsNullOrWhiteSpace(From))
        {
            yield return new ValidationResult("Alerts:Smtp:From is required when Alerts:Smtp:Host is set.", [nameof(From)]);
        }

        if (!string.IsNullOrEmpty(UserName) && Security == SecureSocketOptions.None && !AllowPlaintextAuthentication)
        {
            yield return new ValidationResult(
                "Alerts:Smtp:Security is None but Alerts:Smtp:UserName is set: the password would cross the network in clear. " +
                "Use StartTls or SslOnConnect (or set Alerts:Smtp:AllowPlaintextAuthentication for a relay on this machine).", [nameof(Security)]);
        }

        if (!string.IsNullOrEmpty(UserName) && Password is null)
        {
            yield return new ValidationResult("Alerts:Smtp:Password is required when Alerts:Smtp:UserName is set.", [nameof(Password)]);
        }
    }
}
