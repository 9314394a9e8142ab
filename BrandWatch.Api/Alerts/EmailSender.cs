using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace BrandWatch.Api.Alerts;

/// <summary>Sends alert e-mails through the configured SMTP relay (MailKit): STARTTLS when offered, AUTH when configured.</summary>
public sealed class EmailSender
{
    private readonly SmtpOptions _smtp;
    private readonly AlertOptions _options;

    public EmailSender(IOptions<SmtpOptions> smtp, IOptions<AlertOptions> options)
    {
        ArgumentNullException.ThrowIfNull(smtp);
        ArgumentNullException.ThrowIfNull(options);
        _smtp = smtp.Value;
        _options = options.Value;
    }

    public bool IsConfigured => _smtp.IsConfigured;

    public static MimeMessage Compose(string from, string fromName, string to, string deliveryId, RenderedEmail email)
    {
        ArgumentNullException.ThrowIfNull(email);
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(fromName, from));
        message.To.Add(MailboxAddress.Parse(to));
        message.Subject = email.Subject;

        // The delivery id doubles as the Message-ID, so a retried e-mail is recognisably the same message.
        message.MessageId = $"{deliveryId}@brandwatch.alerts";
        message.Headers.Add(WebhookSigner.DeliveryHeader, deliveryId);
        message.Body = new BodyBuilder { TextBody = email.Text, HtmlBody = email.Html }.ToMessageBody();
        return message;
    }

    public async Task<DeliveryOutcome> SendAsync(string to, string deliveryId, RenderedEmail email, CancellationToken cancellationToken)
    {
        if (!_smtp.IsConfigured)
        {
            return DeliveryOutcome.Retry("Alerts:Smtp:Host is not configured");
        }

        MimeMessage message;
        try
        {
            // From is required whenever Host is set (SmtpOptions.Validate, checked at start-up).
            message = Compose(_smtp.From!, _smtp.FromName, to, deliveryId, email);
        }
        catch (ParseException ex)
        {
            return DeliveryOutcome.GiveUp($"invalid address {to}: {ex.Message}");
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.RequestTimeout);
        using var client = new SmtpClient { Timeout = (int)_options.RequestTimeout.TotalMilliseconds };
        if (_smtp.CertificateSha256 is { Length: > 0 } pinned)
        {
            var expected = pinned.Replace(":", "", StringComparison.Ordinal);
            client.ServerCertificateValidationCallback = (_, certificate, _, errors) =>
                errors == System.Net.Security.SslPolicyErrors.None
                || (certificate is not null && string.Equals(
                    Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(certificate.GetRawCertData())), expected, StringComparison.OrdinalIgnoreCase));
        }

        try
        {
            await client.ConnectAsync(_smtp.Host, _smtp.Port, _smtp.EffectiveSecurity, timeout.Token);
            if (!string.IsNullOrEmpty(_smtp.UserName))
            {
                if (!client.IsSecure && !_smtp.AllowPlaintextAuthentication)
                {
                    return DeliveryOutcome.Retry("SMTP: the connection is not encrypted; the credentials are not sent");
                }

                await client.AuthenticateAsync(_smtp.UserName, _smtp.Password ?? string.Empty, timeout.Token);
            }

            await client.SendAsync(message, timeout.Token);
            await client.DisconnectAsync(quit: true, timeout.Token);
            return DeliveryOutcome.Success;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return DeliveryOutcome.Retry($"SMTP session did not finish within {_options.RequestTimeout}");
        }
        catch (NotSupportedException ex) when (_smtp.EffectiveSecurity == SecureSocketOptions.StartTls && ex.Message.Contains("STARTTLS", StringComparison.OrdinalIgnoreCase))
        {
            return DeliveryOutcome.Retry($"SMTP: the relay does not offer STARTTLS; the credentials are not sent without TLS ({ex.Message})");
        }
        catch (SmtpCommandException ex) when (ex.ErrorCode == SmtpErrorCode.RecipientNotAccepted && (int)ex.StatusCode >= 500)
        {
            return DeliveryOutcome.GiveUp($"SMTP {(int)ex.StatusCode}: recipient {to} refused: {ex.Message}");
        }
        catch (Exception ex) when (ex is SmtpCommandException or SmtpProtocolException or MailKit.Security.AuthenticationException
                                       or MailKit.Security.SslHandshakeException or System.Net.Sockets.SocketException or IOException
                                       or MailKit.ServiceNotConnectedException or NotSupportedException)
        {
            return DeliveryOutcome.Retry($"SMTP: {ex.Message}");
        }
    }
}
