using System.Collections.Concurrent;
using System.Threading.Channels;
using BrandWatch.Worker.Pipeline;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BrandWatch.Worker.Content;

/// <summary>
/// The content stage: a poll loop takes pending domains from <see cref="ContentStore"/> in queue order into a bounded
/// channel, and <see cref="ContentOptions.Concurrency"/> consumers screen them with <see cref="ContentScreener"/>. A
/// domain is finished in one transaction with its page cases, which go on to the pipeline's score stage. Nothing is held
/// only in memory: on a crash or a cut-off shutdown the domains in flight stay pending and are screened again at the next
/// start; finished ones are not fetched again.
/// </summary>
internal sealed class ContentStage : IAsyncDisposable
{
    private readonly ContentStore _store;
    private readonly ContentScreener _screener;
    private readonly DomainPipeline _pipeline;
    private readonly ContentSignal _queued;
    private readonly ContentOptions _options;
    private readonly PipelineOptions _pipelineOptions;
    private readonly TimeProvider _time;
    private readonly ILogger _log;
    private readonly Channel<ContentItem> _channel;
    private readonly ConcurrentDictionary<long, byte> _inFlight = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly CancellationTokenSource _abort = new();
    private readonly List<Task> _loops = [];
    private long _screened;

    public ContentStage(ContentStore store, ContentScreener screener, DomainPipeline pipeline, ContentSignal queued, IOptions<ContentOptions> options,
        IOptions<PipelineOptions> pipelineOptions, TimeProvider time, ILogger<ContentStage> log)
    {
        _store = store;
        _screener = screener;
        _pipeline = pipeline;
        _queued = queued;
        _options = options.Value;
        _pipelineOptions = pipelineOptions.Value;
        _time = time;
        _log = log;
        _channel = Channel.CreateBounded<ContentItem>(new BoundedChannelOptions(_options.Concurrency * 2) { FullMode = BoundedChannelFullMode.Wait });
    }

    /// <summary>Domains finished (screened, cased or skipped) since start.</summary>
    public long ScreenedCount => Interlocked.Read(ref _screened);

    public ContentScreener Screener => _screener;

    public void Start()
    {
        if (!_options.Enabled || _loops.Count > 0)
        {
            return;
        }

        for (var i = 0; i < _options.Concurrency; i++)
        {
            _loops.Add(Task.Run(ConsumeAsync));
        }

        _loops.Add(Task.Run(PollAsync));
        _loops.Add(Task.Run(() => Storage.LeaseRenewal.RunAsync(_store.RenewAsync, _store.Lease, _time, _log, _stopping.Token)));
    }

    /// <summary>Waits until no domain is pending or in flight (one-shot runs, benches and tests).</summary>
    public async Task WaitIdleAsync(CancellationToken cancellationToken)
    {
        while (!_inFlight.IsEmpty || await _store.PendingCountAsync(cancellationToken) > 0)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(50), _time, cancellationToken);
        }
    }

    /// <summary>Stops taking domains, lets those in flight finish within the pipeline's drain timeout, then cuts them off (they stay pending).</summary>
    public async Task StopAsync()
    {
        if (_stopping.IsCancellationRequested)
        {
            return;
        }

        if (_loops.Count == 0)
        {
            await _stopping.CancelAsync();
            return;
        }

        ContentLog.Draining(_log, _inFlight.Count, _pipelineOptions.DrainTimeout);
        await _stopping.CancelAsync();
        _channel.Writer.TryComplete();
        var all = Task.WhenAll(_loops);
        if (await Task.WhenAny(all, Task.Delay(_pipelineOptions.DrainTimeout, _time)) != all)
        {
            await _abort.CancelAsync();
        }

        try
        {
            await all;
        }
        catch (OperationCanceledException)
        {
            // Cut off on purpose; the domains stay pending in the store.
        }

        // What this instance still holds goes back at once, for the other instances to take without waiting for the lease.
        await Storage.LeaseRenewal.ReleaseAsync(_store.ReleaseAsync, _log);
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _stopping.Dispose();
        _abort.Dispose();
    }

    private async Task PollAsync()
    {
        var stopping = _stopping.Token;
        long after = 0;
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                var due = await _store.DueAsync(after, _options.Concurrency * 4, stopping);
                if (due.Count == 0)
                {
                    // Caught up: start again from the front (postponed domains may be due) once something is queued or a poll passes.
                    after = 0;
                    await _queued.WaitAsync(_pipelineOptions.PollInterval, stopping);
                    continue;
                }

                foreach (var item in due)
                {
                    after = item.Id;
                    if (_inFlight.TryAdd(item.Id, 0))
                    {
                        await _channel.Writer.WriteAsync(item, stopping);
                    }
                }
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
            catch (ChannelClosedException)
            {
                return;
            }
            catch (Exception ex)
            {
                ContentLog.LoopFailed(_log, "poll", ex);
                await Task.Delay(_pipelineOptions.PollInterval, _time, CancellationToken.None);
            }
        }
    }

    private async Task ConsumeAsync()
    {
        var reader = _channel.Reader;
        while (!_stopping.IsCancellationRequested && await WaitToReadAsync(reader))
        {
            if (_stopping.IsCancellationRequested || !reader.TryRead(out var item))
            {
                continue;
            }

            try
            {
                await ScreenAsync(item, _abort.Token);
            }
            catch (OperationCanceledException) when (_abort.IsCancellationRequested)
            {
                // Cut off at shutdown: the domain stays pending.
            }
            catch (Exception ex)
            {
                await FailAsync(item, ex);
            }
            finally
            {
                _inFlight.TryRemove(item.Id, out _);
            }
        }
    }

    private async Task<bool> WaitToReadAsync(ChannelReader<ContentItem> reader)
    {
        try
        {
            return await reader.WaitToReadAsync(_stopping.Token);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private async Task ScreenAsync(ContentItem item, CancellationToken cancellationToken)
    {
        if (!await _store.IsPendingAsync(item.Id, cancellationToken))
        {
            return;
        }

        var outcome = await _screener.ScreenAsync(item.Domain, cancellationToken);
        await FinishAsync(item, outcome, cancellationToken);
    }

    private async Task FinishAsync(ContentItem item, ContentOutcome outcome, CancellationToken cancellationToken)
    {
        var created = await _store.FinishAsync(item, outcome.Status, outcome.Detail, outcome.Pages, outcome.PortfolioVersion ?? string.Empty, outcome.Cases, cancellationToken);
        Interlocked.Increment(ref _screened);
        ContentLog.Screened(_log, item.Domain, outcome.Status, outcome.Detail);
        await _pipeline.HandOverAsync(created, cancellationToken);
    }

    /// <summary>A failed lookup or an unexpected error: retried with the pipeline's back-off, then recorded as skipped.</summary>
    private async Task FailAsync(ContentItem item, Exception error)
    {
        var message = error.Message;
        try
        {
            if (item.Attempts + 1 >= _options.MaxAttempts)
            {
                await FinishAsync(item, new ContentOutcome(ContentStatus.Skipped, $"not fetched: failed {item.Attempts + 1} times, last: {message}", 0, []), CancellationToken.None);
                return;
            }

            var delay = BrandWatch.Time.Backoff.Delay(item.Attempts + 1, _pipelineOptions.RetryBase, _pipelineOptions.RetryMax);
            await _store.PostponeAsync(item, delay, $"attempt {item.Attempts + 1} failed: {message}", CancellationToken.None);
            ContentLog.Postponed(_log, item.Domain, item.Attempts + 1, delay, message);
        }
        catch (Exception ex)
        {
            ContentLog.LoopFailed(_log, "fail", ex);
        }
    }
}
