using BrandWatch.Time;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BrandWatch.Api.Alerts;

/// <summary>
/// Delivers alerts from the outbox: fans new case events out to subscriptions, closes due digests, and sends the head
/// of each lane (endpoint), one delivery per lane at a time so each subscriber receives its alerts in order.
/// A delivery is marked delivered only after the endpoint accepted it, so a crash means a resend (same delivery id),
/// never a loss. Several Api instances may run it on one PostgreSQL database: each attempt is claimed first (DeliveryStore).
/// </summary>
internal sealed class AlertDispatcher : BackgroundService
{
    private readonly OutboxStore _outbox;
    private readonly DeliveryStore _deliveries;
    private readonly SubscriptionStore _subscriptions;
    private readonly WebhookSender _webhooks;
    private readonly EmailSender _email;
    private readonly AlertSignal _signal;
    private readonly AlertOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<AlertDispatcher> _logger;

    public AlertDispatcher(OutboxStore outbox, DeliveryStore deliveries, SubscriptionStore subscriptions, WebhookSender webhooks, EmailSender email, AlertSignal signal,
        IOptions<AlertOptions> options, TimeProvider time, ILogger<AlertDispatcher> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _outbox = outbox;
        _deliveries = deliveries;
        _subscriptions = subscriptions;
        _webhooks = webhooks;
        _email = email;
        _signal = signal;
        _options = options.Value;
        _time = time;
        _logger = logger;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_options.DispatcherEnabled)
        {
            return;
        }

        // Let the host finish starting (and migrations run) before the first database round.
        await Task.Yield();
        AlertLog.Started(_logger, _options.PollInterval, _options.GiveUpAfter);
        var inFlight = new Dictionary<string, Task>(StringComparer.Ordinal);
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    await RoundAsync(inFlight, stoppingToken);
                }
                catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
                {
                    break;
                }
                catch (Exception ex)
                {
                    AlertLog.RoundFailed(_logger, ex);
                }

                try
                {
                    await _signal.WaitAsync(_options.PollInterval, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }
        }
        finally
        {
            // In-flight sends see the cancelled token and leave their rows pending for the next start.
            try
            {
                await Task.WhenAll(inFlight.Values);
            }
            catch (Exception)
            {
                // Already logged per delivery; shutting down.
            }
        }
    }

    private async Task RoundAsync(Dictionary<string, Task> inFlight, CancellationToken stoppingToken)
    {
        foreach (var done in inFlight.Where(p => p.Value.IsCompleted).Select(p => p.Key).ToList())
        {
            inFlight.Remove(done);
        }

        int read;
        do
        {
            read = await _outbox.FanOutAsync(_time.GetUtcNow(), _options.FanOutBatchSize, stoppingToken);
            if (read > 0)
            {
                AlertLog.FannedOut(_logger, read);
            }
        }
        while (read == _options.FanOutBatchSize && !stoppingToken.IsCancellationRequested);

        var digests = await _outbox.CloseDigestsAsync(_time.GetUtcNow(), stoppingToken);
        if (digests > 0)
        {
            AlertLog.DigestsCreated(_logger, digests);
        }

        var capacity = _options.MaxParallelDeliveries - inFlight.Count;
        if (capacity <= 0)
        {
            return;
        }

        var heads = await _deliveries.DueHeadsAsync(_time.GetUtcNow(), _options.MaxParallelDeliveries + inFlight.Count, stoppingToken);
        foreach (var delivery in heads)
        {
            if (capacity == 0)
            {
                break;
            }

            if (inFlight.ContainsKey(delivery.Lane))
            {
                continue;
            }

            // Another Api instance on the same database may have read the same head: only the one that claims it sends.
            var until = _time.GetUtcNow() + _options.ClaimFor;
            if (!await _deliveries.ClaimAsync(delivery, _time.GetUtcNow(), until, stoppingToken))
            {
                continue;
            }

            inFlight[delivery.Lane] = Task.Run(() => DeliverAsync(delivery, until, stoppingToken), CancellationToken.None);
            capacity--;
        }
    }

    private async Task DeliverAsync(Delivery delivery, DateTimeOffset claimedUntil, CancellationToken stoppingToken)
    {
        try
        {
            var outcome = await AttemptAsync(delivery, stoppingToken);
            if (outcome is null)
            {
                return;
            }

            var now = _time.GetUtcNow();
            var attempt = delivery.Attempts + 1;
            if (outcome.Delivered)
            {
                await _deliveries.MarkDeliveredAsync(delivery.Id, now, CancellationToken.None);
                AlertLog.Delivered(_logger, delivery.Id, delivery.Lane, attempt);
            }
            else if (outcome.Permanent || now - delivery.HorizonStart >= _options.GiveUpAfter)
            {
                await _deliveries.MarkDeadAsync(delivery.Id, now, outcome.Error ?? "failed", CancellationToken.None);
                AlertLog.DeadLetter(_logger, delivery.Id, delivery.Lane, attempt, outcome.Error ?? "failed");
            }
            else
            {
                var next = now + Backoff.Jittered(attempt, _options.RetryBaseDelay, _options.RetryMaxDelay, Random.Shared.NextDouble());
                await _deliveries.MarkRetryAsync(delivery.Id, now, outcome.Error ?? "failed", next, CancellationToken.None);
                AlertLog.Retrying(_logger, delivery.Id, delivery.Lane, attempt, next, outcome.Error ?? "failed");
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down mid-send: the row stays pending and is sent again (same id) after the restart, due at once.
            await _deliveries.ReleaseClaimAsync(delivery, claimedUntil, CancellationToken.None);
        }
        catch (Exception ex)
        {
            AlertLog.DeliveryCrashed(_logger, delivery.Id, delivery.Lane, ex);
        }
        finally
        {
            _signal.Notify();
        }
    }

    /// <returns>The outcome, or null when the delivery was cancelled because its subscription is gone.</returns>
    private async Task<DeliveryOutcome?> AttemptAsync(Delivery delivery, CancellationToken stoppingToken)
    {
        var subscription = await _subscriptions.GetSubscriptionAsync(delivery.SubscriptionId, stoppingToken);
        if (subscription is null)
        {
            await _deliveries.MarkCancelledAsync(delivery.Id, "subscription deleted", stoppingToken);
            return null;
        }

        var events = await _outbox.GetEventsAsync(delivery.EventIds, stoppingToken);
        var items = AlertRenderer.Items(events, _options.PublicBaseUrl);
        if (delivery.Channel == AlertVocabulary.Email)
        {
            return await _email.SendAsync(delivery.Target, delivery.Id, AlertRenderer.Email(delivery, items), stoppingToken);
        }

        if (!Uri.TryCreate(delivery.Target, UriKind.Absolute, out var url) || string.IsNullOrEmpty(subscription.WebhookSecret))
        {
            return DeliveryOutcome.GiveUp($"webhook target {delivery.Target} is not an absolute URL with a secret");
        }

        var body = AlertRenderer.WebhookBody(delivery, items);
        return await _webhooks.SendAsync(url, subscription.WebhookSecret, delivery.Id, AlertRenderer.EventHeader(delivery, items), body, stoppingToken);
    }
}
