using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using Microsoft.Extensions.Options;

namespace BrandWatch.Api.Alerts;

/// <summary>
/// Posts signed webhook bodies. Redirects are not followed, and the connection is made only to addresses the
/// <see cref="AddressGuard"/> allows (checked on the address actually dialled, so DNS rebinding cannot slip past).
/// </summary>
public sealed class WebhookSender : IDisposable
{
    private readonly HttpClient _client;
    private readonly AlertOptions _options;
    private readonly TimeProvider _time;

    public WebhookSender(IOptions<AlertOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _time = time;
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = false,
            UseProxy = false,
            AutomaticDecompression = DecompressionMethods.None,
            PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            ConnectTimeout = _options.RequestTimeout,
            MaxResponseHeadersLength = 64,
            ConnectCallback = ConnectAsync,
        };
        _client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        _client.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("BrandWatch-Alerts", "1.0"));
    }

    public async Task<DeliveryOutcome> SendAsync(Uri url, string secret, string deliveryId, string eventType, byte[] body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        var timestamp = _time.GetUtcNow().ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, url);
        request.Content = new ByteArrayContent(body);
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.Add(WebhookSigner.DeliveryHeader, deliveryId);
        request.Headers.Add(WebhookSigner.EventHeader, eventType);
        request.Headers.Add(WebhookSigner.TimestampHeader, timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.Add(WebhookSigner.SignatureHeader, WebhookSigner.Sign(secret, timestamp, body));

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.RequestTimeout);
        try
        {
            using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            var status = (int)response.StatusCode;
            if (status is >= 200 and < 300)
            {
                return DeliveryOutcome.Success;
            }

            return status is >= 300 and < 400
                ? DeliveryOutcome.Retry($"HTTP {status}: redirect to {response.Headers.Location} not followed")
                : DeliveryOutcome.Retry($"HTTP {status}");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return DeliveryOutcome.Retry($"no answer within {_options.RequestTimeout}");
        }
        catch (HttpRequestException ex) when (FindRefusal(ex) is { } refused)
        {
            return DeliveryOutcome.GiveUp(refused.Message);
        }
        catch (HttpRequestException ex)
        {
            return DeliveryOutcome.Retry(ex.HttpRequestError == HttpRequestError.Unknown ? ex.Message : $"{ex.HttpRequestError}: {ex.Message}");
        }
    }

    public void Dispose() => _client.Dispose();

    private static TargetRefusedException? FindRefusal(Exception ex)
    {
        for (Exception? e = ex; e is not null; e = e.InnerException)
        {
            if (e is TargetRefusedException refused)
            {
                return refused;
            }
        }

        return null;
    }

    private async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host;
        var addresses = IPAddress.TryParse(host, out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(host, cancellationToken);
        var allowed = addresses.Where(a => AddressGuard.IsAllowed(a, _options.AllowLoopbackTargets, _options.AllowPrivateTargets)).ToArray();
        if (allowed.Length == 0)
        {
            throw new TargetRefusedException(
                $"webhook target {host} refused: it resolves to {string.Join(", ", addresses.Select(a => $"{a} ({AddressGuard.Classify(a)})"))}; " +
                "set Alerts:AllowPrivateTargets or Alerts:AllowLoopbackTargets to allow such addresses");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(allowed, context.DnsEndPoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
