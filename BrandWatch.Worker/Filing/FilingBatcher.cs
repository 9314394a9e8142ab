using System.Threading.Channels;
using BrandWatch.Rules.Cases;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BrandWatch.Worker.Filing;

/// <summary>
/// Gathers the pipeline's filings into batches for <see cref="ApiClient.FileBatchAsync"/>: a batch goes when it holds
/// <see cref="ApiOptions.FilingBatchSize"/> filings or <see cref="ApiOptions.FilingBatchDelay"/> after its first one.
/// Each caller awaits its own filing's result, exactly as from <see cref="ApiClient.FileAsync"/>, so the pipeline keeps
/// its per-item handling (filed, dropped, or postponed and retried under the same Idempotency-Key).
/// </summary>
internal sealed partial class FilingBatcher : IAsyncDisposable
{
    /// <summary>Batch requests in flight at once: one being answered while the next gathers.</summary>
    private const int InFlight = 2;

    private readonly ApiClient _api;
    private readonly ApiOptions _options;
    private readonly ILogger<FilingBatcher> _log;
    private readonly Channel<Waiting> _queue = Channel.CreateUnbounded<Waiting>(new UnboundedChannelOptions { SingleReader = true });
    private readonly SemaphoreSlim _slots = new(InFlight, InFlight);
    private readonly Lock _start = new();
    private Task? _loop;

    public FilingBatcher(ApiClient api, IOptions<ApiOptions> options, ILogger<FilingBatcher> log)
    {
        _api = api;
        _options = options.Value;
        _log = log;
    }

    /// <summary>How many filings the pipeline should keep waiting here at once to fill the batches (1 when each is filed alone).</summary>
    public int Capacity => _options.FilingBatchSize == 1 ? 1 : _options.FilingBatchSize * InFlight;

    public Task<FilingResult> FileAsync(CaseFiling filing, CancellationToken cancellationToken)
    {
        if (_options.FilingBatchSize == 1)
        {
            return _api.FileAsync(filing, cancellationToken);
        }

        lock (_start)
        {
            _loop ??= Task.Run(GatherAsync, CancellationToken.None);
        }

        var waiting = new Waiting(filing, cancellationToken);
        if (!_queue.Writer.TryWrite(waiting))
        {
            return Task.FromResult(new FilingResult(FilingStatus.Unavailable, null, "the Worker is stopping"));
        }

        return waiting.Result.Task;
    }

    private async Task GatherAsync()
    {
        var reader = _queue.Reader;
        var sending = new List<Task>();
        while (await reader.WaitToReadAsync())
        {
            var batch = new List<Waiting>(_options.FilingBatchSize);
            using (var window = new CancellationTokenSource(_options.FilingBatchDelay))
            {
                try
                {
                    while (batch.Count < _options.FilingBatchSize)
                    {
                        if (reader.TryRead(out var next))
                        {
                            batch.Add(next);
                        }
                        else if (!await reader.WaitToReadAsync(window.Token))
                        {
                            break;
                        }
                    }
                }
                catch (OperationCanceledException) when (window.IsCancellationRequested)
                {
                    // The delay is up: send what there is.
                }
            }

            batch.RemoveAll(w => w.Cancelled());
            if (batch.Count == 0)
            {
                continue;
            }

            await _slots.WaitAsync();
            sending.RemoveAll(t => t.IsCompleted);
            sending.Add(SendAsync(batch));
        }

        await Task.WhenAll(sending);
    }

    private async Task SendAsync(List<Waiting> batch)
    {
        try
        {
            // Only the pipeline's stopping cancels a batch, and then each of its callers sees it as before.
            using var stopping = CancellationTokenSource.CreateLinkedTokenSource([.. batch.Select(w => w.CancellationToken).Distinct()]);
            var results = await _api.FileBatchAsync([.. batch.Select(w => w.Filing)], stopping.Token);
            Log.BatchFiled(_log, batch.Count, results.Count(r => r.Status == FilingStatus.Created), results.Count(r => r.Status == FilingStatus.Unavailable));
            for (var i = 0; i < batch.Count; i++)
            {
                batch[i].Result.TrySetResult(results[i]);
            }
        }
        catch (OperationCanceledException ex)
        {
            batch.ForEach(w => w.Result.TrySetCanceled(ex.CancellationToken));
        }
        catch (Exception ex)
        {
            batch.ForEach(w => w.Result.TrySetException(ex));
        }
        finally
        {
            _slots.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        if (_loop is not null)
        {
            await _loop;
        }

        _slots.Dispose();
    }

    private sealed record Waiting(CaseFiling Filing, CancellationToken CancellationToken)
    {
        public TaskCompletionSource<FilingResult> Result { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public bool Cancelled()
        {
            if (!CancellationToken.IsCancellationRequested)
            {
                return false;
            }

            Result.TrySetCanceled(CancellationToken);
            return true;
        }
    }

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Debug, Message = "Filed a batch of {Count}: {Created} new cases, {Unavailable} to try again later")]
        public static partial void BatchFiled(ILogger logger, int count, int created, int unavailable);
    }
}
