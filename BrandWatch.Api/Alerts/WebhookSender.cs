using System.Net;
using System.Net.Http.Headers;
using BrandWatch.Net;
using Microsoft.Extensions.Options;

namespace BrandWatch.Api.Alerts;

/// <summary>
/// Posts signed webhook bodies. Redirects are not followed, and the connection goes through the shared
/// <see cref="GuardedConnect"/>: only addresses the policy allows (checked on the address actually dialled, so DNS
/// rebinding cannot slip past), and only ports 80, 443 and <see cref="AlertOptions.ExtraPorts"/>.
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
            ConnectCallback = new GuardedConnect(new ConnectPolicy
            {
                AllowLoopback = _options.AllowLoopbackTargets,
                AllowPrivate = _options.AllowPrivateTargets,
                Ports = ConnectPolicy.WebPortsAnd(_options.ExtraPorts),
            }).ConnectAsync,
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
        catch (HttpRequestException ex) when (GuardedConnect.FindRefusal(ex) is { } refused)
        {
            var scope = refused.Address is null ? "?" : AddressClassifier.Classify(refused.Address).Scope.ToString();
            return DeliveryOutcome.GiveUp(
                $"webhook target {refused.Host}:{refused.Port} refused: {refused.Address} ({scope}), {refused.Reason}; " +
                "set Alerts:AllowPrivateTargets, Alerts:AllowLoopbackTargets or Alerts:ExtraPorts to allow it");
        }
        catch (HttpRequestException ex)
        {
            return DeliveryOutcome.Retry(ex.HttpRequestError == HttpRequestError.Unknown ? ex.Message : $"{ex.HttpRequestError}: {ex.Message}");
        }
    }

    public void Dispose() => _client.Dispose();
}
