using BrandWatch.Api.Alerts;
using MimeKit;

namespace BrandWatch.Api.Tests.Alerts;

public sealed class EmailDeliveryTests
{
    [Fact]
    public async Task Dispatch_ImmediateEmail_SendsTextAndHtmlPartsThroughAuthenticatedSmtp()
    {
        using var db = await AlertsDatabase.CreateAsync();
        await using var smtp = await SmtpServer.StartAsync(db.Folder);
        await db.SubscribeEmailAsync("acme", "legal@acme.example", AlertVocabulary.Immediate, TimeProvider.System);
        await db.SubscribeEmailAsync("globex", "legal@globex.example", AlertVocabulary.Immediate, TimeProvider.System);
        await db.AddEventAsync("acme", "acme", "acme-secure-login.com", kind: "phishing", priority: 95, action: "abuse-takedown", caseId: 7);
        await db.AddEventAsync("acme", "acme", "acme-shop.net", eventType: AlertEvents.Reviewed, priority: 40, outcome: "possible", action: "cease-and-desist", caseId: 8);

        var settings = AlertHost.FastSettings();
        foreach (var (key, value) in smtp.Settings())
        {
            settings[key] = value;
        }

        await using (await AlertHost.StartAsync(db, settings))
        {
            await Eventually.HoldsAsync(async () => await db.CountAsync("SELECT COUNT(*) FROM alert_deliveries WHERE status = 'delivered'") == 2,
                "both e-mails were accepted");
        }

        var messages = smtp.Messages();
        Assert.Equal(2, messages.Count);
        Assert.All(messages, m => Assert.Equal("legal@acme.example", ((MailboxAddress)m.To.Single()).Address));
        Assert.All(messages, m => Assert.Equal("alerts@brandwatch.example", ((MailboxAddress)m.From.Single()).Address));
        var filed = messages.Single(m => m.Subject?.Contains("acme-secure-login.com", StringComparison.Ordinal) == true);
        Assert.Equal("[BrandWatch] Case filed: acme-secure-login.com (acme, priority 95)", filed.Subject);
        Assert.Contains("recommended action abuse-takedown", filed.TextBody, StringComparison.Ordinal);
        Assert.Contains("elements: act 0.90, damage 0.60, causation 0.70, fault 0.80", filed.TextBody, StringComparison.Ordinal);
        Assert.Contains("https://brandwatch.example/cases/7", filed.TextBody, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://brandwatch.example/cases/7\">acme-secure-login.com</a>", filed.HtmlBody, StringComparison.Ordinal);
        var deliveryId = filed.Headers["BrandWatch-Delivery"];
        Assert.StartsWith("dlv_", deliveryId, StringComparison.Ordinal);
        Assert.Equal($"{deliveryId}@brandwatch.alerts", filed.MessageId);
        var reviewed = messages.Single(m => m.Subject?.Contains("acme-shop.net", StringComparison.Ordinal) == true);
        Assert.Equal("[BrandWatch] Case reviewed: acme-shop.net (acme, possible)", reviewed.Subject);
    }

    [Fact]
    public async Task Dispatch_CredentialsAndARelayWithoutStartTls_SendsNoPasswordAndReportsWhy()
    {
        using var db = await AlertsDatabase.CreateAsync();
        await using var smtp = await SmtpServer.StartAsync(db.Folder);
        await db.SubscribeEmailAsync("acme", "legal@acme.example", AlertVocabulary.Immediate, TimeProvider.System);
        await db.AddEventAsync("acme", "acme", "acme-plaintext.com");
        var settings = AlertHost.FastSettings();
        foreach (var (key, value) in smtp.Settings())
        {
            settings[key] = value;
        }

        settings.Remove("Alerts:Smtp:AllowPlaintextAuthentication"); // the default: credentials only over TLS

        await using (await AlertHost.StartAsync(db, settings))
        {
            await Eventually.HoldsAsync(async () => await db.CountAsync("SELECT COUNT(*) FROM alert_deliveries WHERE last_error IS NOT NULL") == 1,
                "the attempt failed");
        }

        Assert.Equal(0, smtp.Count);
        Assert.Equal(1, await db.CountAsync("SELECT COUNT(*) FROM alert_deliveries WHERE last_error LIKE '%STARTTLS%' AND status <> 'delivered'"));
    }

    [Theory]
    [InlineData("None", false)]
    [InlineData("StartTlsWhenAvailable", true)]
    [InlineData("StartTls", true)]
    [InlineData("SslOnConnect", true)]
    public void SmtpOptions_UserNameWithoutTls_IsRefusedAtStartUp(string security, bool valid)
    {
        var options = new SmtpOptions { Host = "relay.example", From = "a@b.example", UserName = "u", Password = "p", Security = Enum.Parse<MailKit.Security.SecureSocketOptions>(security) };

        var errors = options.Validate(new System.ComponentModel.DataAnnotations.ValidationContext(options)).ToList();

        Assert.Equal(valid, errors.Count == 0);
    }

    [Fact]
    public async Task Dispatch_HourlyDigest_GroupsTheHoursCasesIntoOneMessageWhenTheHourEnds()
    {
        using var db = await AlertsDatabase.CreateAsync();
        await using var smtp = await SmtpServer.StartAsync(db.Folder);
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 10, 5, 0, TimeSpan.Zero));
        var digest = await db.SubscribeEmailAsync("acme", "brand@acme.example", AlertVocabulary.Hourly, clock);
        var subjects = new[] { "acme-pay.com", "acme-support.net", "acme.shop" };
        foreach (var subject in subjects)
        {
            await db.AddEventAsync("acme", "acme", subject, priority: 60 + subject.Length);
        }

        var settings = AlertHost.FastSettings();
        foreach (var (key, value) in smtp.Settings())
        {
            settings[key] = value;
        }

        await using (await AlertHost.StartAsync(db, settings, clock))
        {
            await Eventually.HoldsAsync(async () => await db.CountAsync("SELECT COUNT(*) FROM alert_digest_items") == 3, "the three events are queued for the digest");
            Assert.Equal(0, await db.CountAsync("SELECT COUNT(*) FROM alert_deliveries"));

            // A case filed later in the same hour joins the same digest.
            await db.AddEventAsync("acme", "acme", "acme-late.org");
            await Eventually.HoldsAsync(async () => await db.CountAsync("SELECT COUNT(*) FROM alert_digest_items") == 4, "the late event is queued");
            Assert.Equal(0, smtp.Count);

            clock.Advance(TimeSpan.FromMinutes(55));
            await Eventually.HoldsAsync(async () => await db.CountAsync("SELECT COUNT(*) FROM alert_deliveries WHERE status = 'delivered'") == 1, "the digest was sent");
        }

        var message = Assert.Single(smtp.Messages());
        Assert.Equal("[BrandWatch] Hourly digest: 4 case events", message.Subject);
        foreach (var subject in subjects.Append("acme-late.org"))
        {
            Assert.Contains(subject, message.TextBody, StringComparison.Ordinal);
            Assert.Contains($">{subject}</a>", message.HtmlBody, StringComparison.Ordinal);
        }

        Assert.Equal(4, await db.CountAsync($"SELECT COUNT(*) FROM alert_digest_items WHERE subscription_id = {digest.Id} AND delivery_id IS NOT NULL"));
    }

    [Fact]
    public async Task Dispatch_RelayOffersStartTls_UpgradesBeforeAuthAndSends()
    {
        using var db = await AlertsDatabase.CreateAsync();
        var (certificate, key) = await SelfSignedAsync(db.Folder);

        using var pem = System.Security.Cryptography.X509Certificates.X509Certificate2.CreateFromPem(
            await File.ReadAllTextAsync(certificate, TestContext.Current.CancellationToken));
        await using var smtp = await SmtpServer.StartAsync(db.Folder, (certificate, key));
        await db.SubscribeEmailAsync("acme", "legal@acme.example", AlertVocabulary.Immediate, TimeProvider.System);
        await db.AddEventAsync("acme", "acme", "acme-tls.com");
        var settings = AlertHost.FastSettings();
        foreach (var (name, value) in smtp.Settings())
        {
            settings[name] = value;
        }

        settings["Alerts:Smtp:CertificateSha256"] = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(pem.RawData));

        await using (await AlertHost.StartAsync(db, settings))
        {
            await Eventually.HoldsAsync(() => smtp.Count == 1, "the e-mail arrived over STARTTLS");
        }

        // The relay refuses MAIL and AUTH before STARTTLS, so a received message proves the upgrade.
        Assert.Equal("[BrandWatch] Case filed: acme-tls.com (acme, priority 80)", smtp.Messages().Single().Subject);
    }

    [Fact]
    public async Task Dispatch_RelayCertificateNotTrusted_RetriesInsteadOfSendingInClear()
    {
        using var db = await AlertsDatabase.CreateAsync();
        var (certificate, key) = await SelfSignedAsync(db.Folder);

        await using var smtp = await SmtpServer.StartAsync(db.Folder, (certificate, key));
        await db.SubscribeEmailAsync("acme", "legal@acme.example", AlertVocabulary.Immediate, TimeProvider.System);
        await db.AddEventAsync("acme", "acme", "acme-untrusted.com");
        var settings = AlertHost.FastSettings();
        foreach (var (name, value) in smtp.Settings())
        {
            settings[name] = value;
        }

        await using (await AlertHost.StartAsync(db, settings))
        {
            await Eventually.HoldsAsync(async () => (await db.DeliveriesAsync()).Any(d => d.Attempts >= 2), "two attempts failed");
        }

        Assert.Equal(0, smtp.Count);
        var delivery = Assert.Single(await db.DeliveriesAsync());
        Assert.Equal("pending", delivery.Status);
        var stored = await db.Deliveries.GetDeliveryAsync(delivery.Id, TestContext.Current.CancellationToken);
        Assert.StartsWith("SMTP:", stored!.LastError, StringComparison.Ordinal);
    }

    private static async Task<(string Certificate, string Key)> SelfSignedAsync(string folder)
    {
        var certificate = Path.Combine(folder, "relay.crt");
        var key = Path.Combine(folder, "relay.key");
        var start = new System.Diagnostics.ProcessStartInfo("openssl",
            ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", certificate, "-days", "1", "-subj", "/CN=127.0.0.1"])
        {
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var openssl = System.Diagnostics.Process.Start(start)!; // null only for shell-executed documents
        var errors = await openssl.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await openssl.WaitForExitAsync(TestContext.Current.CancellationToken);
        Assert.True(openssl.ExitCode == 0, errors);
        return (certificate, key);
    }
}
