using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BrandWatch.Api.Tests.Alerts;

/// <summary>
/// A real Kestrel server on 127.0.0.1 playing a subscriber: it checks each request's HMAC signature the way the docs
/// tell subscribers to, records every request in arrival order, and fails, delays or redirects on demand.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, string> _secrets = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _failuresLeft = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _redirects = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _holdAfter = new(StringComparer.Ordinal);
    private readonly List<ReceivedWebhook> _received = [];
    private readonly Lock _gate = new();

    private WebhookReceiver(WebApplication app) => _app = app;

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>How long each answer is held back (the request is recorded before the wait).</summary>
    public TimeSpan AnswerDelay { get; set; }

    public static async Task<WebhookReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var receiver = new WebhookReceiver(app);
        app.MapPost("/{**path}", receiver.HandleAsync);
        app.MapGet("/{**path}", (HttpContext context) =>
        {
            receiver.Record(new ReceivedWebhook("/" + context.Request.RouteValues["path"], "", "", 0, "", [], false, 200, context.Request.Method));
            return Results.Ok();
        });
        await app.StartAsync(TestContext.Current.CancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses /* Kestrel always has this feature */.First();
        receiver.BaseAddress = new Uri(address);
        return receiver;
    }

    /// <summary>Registers an endpoint path with the secret its subscription signs with; returns its absolute URL.</summary>
    public Uri Endpoint(string path, string secret, int failFirst = 0)
    {
        _secrets[path] = secret;
        _failuresLeft[path] = failFirst;
        return new Uri(BaseAddress, path);
    }

    public void FailAlways(string path) => _failuresLeft[path] = int.MaxValue;

    /// <summary>Requests to the path after the first <paramref name="answered"/> are recorded and then never answered.</summary>
    public void HoldAfter(string path, int answered) => _holdAfter[path] = answered;

    public void ReleaseHolds() => _holdAfter.Clear();

    public void Recover(string path) => _failuresLeft[path] = 0;

    public void RedirectTo(string path, string location) => _redirects[path] = location;

    public IReadOnlyList<ReceivedWebhook> Received
    {
        get
        {
            lock (_gate)
            {
                return _received.ToList();
            }
        }
    }

    public IReadOnlyList<ReceivedWebhook> Accepted(string path) => Received.Where(r => r.Path == path && r.Status == 200).ToList();

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var path = "/" + context.Request.RouteValues["path"];
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
        var body = buffer.ToArray();
        var deliveryId = context.Request.Headers["BrandWatch-Delivery"].ToString();
        var timestampText = context.Request.Headers["BrandWatch-Timestamp"].ToString();
        var signature = context.Request.Headers["BrandWatch-Signature"].ToString();
        long.TryParse(timestampText, NumberStyles.None, CultureInfo.InvariantCulture, out var timestamp);
        var valid = _secrets.TryGetValue(path, out var secret) && Verify(secret, timestampText, body, signature);

        int status;
        if (_redirects.TryGetValue(path, out var location))
        {
            status = 302;
            context.Response.Headers.Location = location;
        }
        else if (!valid)
        {
            status = 401;
        }
        else
        {
            status = TakeFailure(path) ? 503 : 200;
        }

        var seenBefore = Received.Count(r => r.Path == path);
        Record(new ReceivedWebhook(path, deliveryId, context.Request.Headers["BrandWatch-Event"].ToString(), timestamp, signature, body, valid, status, "POST"));
        if (_holdAfter.TryGetValue(path, out var answered) && seenBefore >= answered)
        {
            // Seen but never acknowledged: the sender learns nothing until it gives up or stops.
            await Task.Delay(Timeout.Infinite, context.RequestAborted);
        }

        if (AnswerDelay > TimeSpan.Zero)
        {
            await Task.Delay(AnswerDelay, context.RequestAborted);
        }

        context.Response.StatusCode = status;
    }

    private bool TakeFailure(string path)
    {
        lock (_gate)
        {
            var left = _failuresLeft.GetValueOrDefault(path);
            if (left <= 0)
            {
                return false;
            }

            if (left != int.MaxValue)
            {
                _failuresLeft[path] = left - 1;
            }

            return true;
        }
    }

    private void Record(ReceivedWebhook webhook)
    {
        lock (_gate)
        {
            _received.Add(webhook);
        }
    }

    /// <summary>The subscriber's check, as documented: constant-time compare of sha256=HEX(HMAC(secret, "{timestamp}.{body}")).</summary>
    private static bool Verify(string secret, string timestamp, byte[] body, string signature)
    {
        var signed = Encoding.UTF8.GetBytes(timestamp + ".").Concat(body).ToArray();
        var expected = "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), signed));
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(signature));
    }
}
