using System.Diagnostics;
using System.Text;
using BrandWatch.Api.Alerts;

namespace BrandWatch.Api.Tests.Alerts;

public sealed class SignatureTests
{
    /// <summary>The shell check from docs/alerts.md, run with openssl over a real delivery, agrees with the header.</summary>
    [Fact]
    public async Task Sign_DeliveredBody_MatchesTheDocumentedOpensslCheck()
    {
        using var db = await AlertsDatabase.CreateAsync();
        await using var receiver = await WebhookReceiver.StartAsync();
        const string secret = "whsec_documented-check";
        await db.SubscribeWebhookAsync("acme", receiver.Endpoint("/verify", secret), secret);
        await db.AddEventAsync("acme", "acme", "ácme-ünïcode.com");
        await using (await AlertHost.StartAsync(db, AlertHost.FastSettings()))
        {
            await Eventually.HoldsAsync(() => receiver.Accepted("/verify").Count == 1, "the alert arrived");
        }

        var request = receiver.Accepted("/verify")[0];
        var bodyFile = Path.Combine(db.Folder, "body.json");
        await File.WriteAllBytesAsync(bodyFile, request.Body, TestContext.Current.CancellationToken);
        var start = new ProcessStartInfo("bash", ["-c",
            "expected=\"sha256=$( { printf '%s.' \"$TIMESTAMP\"; cat \"$BODY_FILE\"; } | openssl dgst -sha256 -hmac \"$SECRET\" | sed 's/^.*= //')\"; printf '%s' \"$expected\""])
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        start.Environment["TIMESTAMP"] = request.Timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["BODY_FILE"] = bodyFile;
        start.Environment["SECRET"] = secret;
        using var process = Process.Start(start)!; // Process.Start returns null only for shell-executed documents
        var output = await process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);

        Assert.Equal(0, process.ExitCode);
        Assert.Equal(request.Signature, output);
        Assert.Equal(WebhookSigner.Sign(secret, request.Timestamp, request.Body), output);
        Assert.NotEqual(WebhookSigner.Sign(secret + "x", request.Timestamp, request.Body), output);
        Assert.NotEqual(WebhookSigner.Sign(secret, request.Timestamp + 1, request.Body), output);
        Assert.Contains("ácme-ünïcode.com", Encoding.UTF8.GetString(request.Body), StringComparison.Ordinal);
    }
}
