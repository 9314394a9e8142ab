using System.Collections.Concurrent;
using System.Threading.Channels;
using BrandWatch.Rules.Cases;
using BrandWatch.Rules.Domains;
using BrandWatch.Rules.Evidence;
using BrandWatch.Rules.Scoring;
using BrandWatch.Worker.Feeds;
using BrandWatch.Worker.Filing;
using BrandWatch.Worker.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BrandWatch.Worker.Pipeline;

/// <summary>
/// screen → enrich → crawl → score → file, as bounded channels with a fixed number of consumers per stage. A full
/// channel makes the stage before it wait, down to the feed reader. Every item is in the work store before it enters a
/// channel and its stage is updated after each step, so a crash or a shutdown loses nothing: on the next start the
/// poll loop puts every open item back into the channel of its stage.
/// </summary>
internal sealed class DomainPipeline : IAsyncDisposable
{
    private readonly WorkStore _store;
    private readonly FeedCursorStore _cursors;
    private readonly PortfolioProvider _portfolio;
    private readonly EvidenceEnricher _enricher;
    private readonly SitePageCrawler _crawler;
    private readonly RulesCaseScorer _scorer;
    private readonly FilingBatcher _filer;
    private readonly OwnerDomainCheck _ownerDomains;
    private readonly PipelineOptions _options;
    private readonly Content.ContentOptions _content;
    private readonly Content.ContentSignal _contentQueued;
    private readonly TimeProvider _time;
    private readonly ILogger _log;
    private readonly ConcurrentDictionary<long, byte> _inFlight = new();
    private readonly Dictionary<WorkStage, Channel<WorkItem>> _channels;
    private readonly CancellationTokenSource _stopping = new();
    private readonly Content.ContentSignal _due = new();
    private readonly CancellationTokenSource _abort = new();
    private readonly List<Task> _loops = [];
    private long _filed;
    private readonly Sightings.SightingOutbox? _sightings;
    private readonly Presence.PresenceStore? _presence;

    public DomainPipeline(WorkStore store, FeedCursorStore cursors, PortfolioProvider portfolio, EvidenceEnricher enricher, SitePageCrawler crawler,
        RulesCaseScorer scorer, FilingBatcher filer, OwnerDomainCheck ownerDomains, IOptions<PipelineOptions> options, IOptions<Content.ContentOptions> content,
        Content.ContentSignal contentQueued, TimeProvider time, ILogger<DomainPipeline> log, Sightings.SightingOutbox? sightings = null,
        Presence.PresenceStore? presence = null)
    {
        _sightings = sightings;
        _presence = presence;
        _content = content.Value;
        _contentQueued = contentQueued;
        _store = store;
        _cursors = cursors;
        _portfolio = portfolio;
        _enricher = enricher;
        _crawler = crawler;
        _scorer = scorer;
        _filer = filer;
        _ownerDomains = ownerDomains;
        _options = options.Value;
        _time = time;
        _log = log;
        _channels = new[] { WorkStage.Enrich, WorkStage.Crawl, WorkStage.Score, WorkStage.File }.ToDictionary(
            s => s,
            _ => Channel.CreateBounded<WorkItem>(new BoundedChannelOptions(_options.ChannelCapacity) { FullMode = BoundedChannelFullMode.Wait }));
    }

    /// <summary>Cases filed (created or replayed) since start.</summary>
    public long FiledCount => Interlocked.Read(ref _filed);

    public int InFlight => _inFlight.Count;

    public bool Started => _loops.Count > 0;

    public void Start()
    {
        if (_loops.Count > 0)
        {
            return;
        }

        _loops.Add(RunStageAsync(WorkStage.Enrich, _options.EnrichConcurrency, EnrichAsync));
        _loops.Add(RunStageAsync(WorkStage.Crawl, _options.CrawlConcurrency, CrawlAsync));
        _loops.Add(RunStageAsync(WorkStage.Score, _options.ScoreConcurrency, ScoreAsync));
        // Each file worker waits for its own item's answer; batching needs enough of them waiting to fill the batches.
        _loops.Add(RunStageAsync(WorkStage.File, Math.Max(_options.FileConcurrency, _filer.Capacity), FileAsync));
        _loops.Add(Task.Run(() => PollAsync(_stopping.Token)));
        _loops.Add(Task.Run(() => LeaseRenewal.RunAsync(_store.RenewAsync, _store.Database.Lease, _time, _log, _stopping.Token)));
    }

    /// <summary>
    /// The screen stage: reads a feed from its cursor and screens every domain not screened under this portfolio yet.
    /// The read holds the feed's claim: when another instance is reading the feed, this one leaves it alone.
    /// </summary>
    public async Task<FeedRunResult> PullAsync(IDomainFeed feed, CancellationToken cancellationToken)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _stopping.Token);
        var token = linked.Token;
        long read = 0, rejected = 0, skipped = 0, screened = 0, matched = 0;
        if (!await _cursors.ClaimAsync(feed.Name, token))
        {
            var holder = await _cursors.HolderAsync(feed.Name, token) ?? "another instance";
            PipelineLog.FeedHeld(_log, feed.Name, holder);
            return new FeedRunResult(feed.Name, 0, 0, 0, 0, 0, holder);
        }

        try
        {
            var snapshot = await _portfolio.RefreshAsync(token);
            var cursor = await _cursors.GetAsync(feed.Name, token);
            var batch = new List<FeedItem>(_options.BatchSize);

            await foreach (var item in feed.ReadAsync(cursor, token))
            {
                batch.Add(item);
                if (batch.Count >= _options.BatchSize)
                {
                    await CommitBatchAsync(snapshot, batch);
                }
            }

            if (batch.Count > 0)
            {
                await CommitBatchAsync(snapshot, batch);
            }
        }
        catch (FeedTakenOverException)
        {
            var holder = await _cursors.HolderAsync(feed.Name, CancellationToken.None) ?? "another instance";
            PipelineLog.FeedHeld(_log, feed.Name, holder);
            return new FeedRunResult(feed.Name, read, rejected, skipped, screened, matched, holder);
        }
        finally
        {
            await LeaseRenewal.ReleaseAsync(t => ReleaseFeedAsync(feed.Name, t), _log);
        }

        if (_sightings is not null)
        {
            // Names seen again go to the Api after the run; one that cannot be reached gets them after a later run.
            await _sightings.FlushAsync(token);
        }

        PipelineLog.FeedDone(_log, feed.Name, read, rejected, skipped, screened, matched);
        return new FeedRunResult(feed.Name, read, rejected, skipped, screened, matched);

        async Task CommitBatchAsync(PortfolioSnapshot snapshot, List<FeedItem> batch)
        {
            read += batch.Count;
            var domains = new List<string>(batch.Count);
            var urls = batch.Select(i => i.Url).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
            Dictionary<string, List<FeedItem>>? found = null;
            foreach (var item in batch)
            {
                var parsed = item.Line.Rejection is null ? DomainName.Parse(item.Line.Text) : default;
                if (parsed.Domain is { } domain)
                {
                    domains.Add(domain.Ascii);
                    if (item.Found is not null)
                    {
                        // The first sighting in the batch names the source and evidence of the domain's cases; every one is kept.
                        found ??= new Dictionary<string, List<FeedItem>>(StringComparer.Ordinal);
                        if (!found.TryGetValue(domain.Ascii, out var sightings))
                        {
                            found[domain.Ascii] = sightings = [];
                        }

                        sightings.Add(item);
                    }
                }
                else
                {
                    rejected++;
                }
            }

            await using var connection = await _store.Database.OpenAsync(token);
            var distinct = domains.Distinct(StringComparer.Ordinal).ToList();
            var already = await _store.AlreadyScreenedAsync(connection, distinct, snapshot.Version);
            var fresh = distinct.Where(d => !already.Contains(d)).ToList();
            skipped += domains.Count - fresh.Count;
            screened += fresh.Count;

            var matchedStates = new ConcurrentBag<WorkState>();
            var seenAt = _time.GetUtcNow();
            var reports = new ConcurrentBag<SightingReport>();
            void AddSighting(string mark, string domain, FeedItem item)
            {
                if (_sightings is not null && Sightings.Sighting.Of(feed.Name, item, seenAt) is { } sighting)
                {
                    reports.Add(new SightingReport { Mark = mark, Domain = domain, Sighting = sighting });
                }
            }

            Parallel.ForEach(fresh, new ParallelOptions { MaxDegreeOfParallelism = _options.ScreenConcurrency, CancellationToken = token }, domain =>
            {
                List<FeedItem>? origins = null;
                var hasOrigin = found?.TryGetValue(domain, out origins) == true;
                var origin = hasOrigin ? origins![0] : default; // TryGetValue succeeded, and every list holds its first item
                foreach (var group in snapshot.Screener.Screen(domain).GroupBy(m => m.Mark, StringComparer.OrdinalIgnoreCase))
                {
                    matchedStates.Add(new WorkState
                    {
                        Domain = domain, Mark = group.Key, Matches = group.ToList(),
                        Source = hasOrigin ? origin.Found : null, Certificate = hasOrigin ? origin.Certificate : null,
                        Sighting = hasOrigin ? Sightings.Sighting.Of(feed.Name, origin, seenAt) : null,
                    });

                    // The same name seen again in this batch (another log, another certificate) is a sighting of its own.
                    for (var i = 1; hasOrigin && i < origins!.Count; i++)
                    {
                        AddSighting(group.Key, domain, origins[i]);
                    }
                }
            });

            // A name screened before is not filed again, but each new sighting of it is kept: screening it again tells which
            // marks it matches (cheap: the miss path allocates nothing), and the sighting goes to the outbox with the cursor.
            if (found is not null && _sightings is not null)
            {
                var seenAgain = distinct.Where(d => already.Contains(d) && found.ContainsKey(d)).ToList();
                Parallel.ForEach(seenAgain, new ParallelOptions { MaxDegreeOfParallelism = _options.ScreenConcurrency, CancellationToken = token }, domain =>
                {
                    foreach (var mark in snapshot.Screener.Screen(domain).Select(m => m.Mark).Distinct(StringComparer.OrdinalIgnoreCase))
                    {
                        foreach (var item in found[domain])
                        {
                            AddSighting(mark, domain, item);
                        }
                    }
                });
            }

            var ordered = matchedStates.OrderBy(s => s.Domain, StringComparer.Ordinal).ThenBy(s => s.Mark, StringComparer.Ordinal).ToList();

            // A submitted URL also becomes a page item (no mark yet): the crawl stage fetches it and splits it into page cases.
            var alreadyFetched = await _store.AlreadyScreenedAsync(connection, urls, snapshot.Version);
            var freshUrls = urls.Where(u => !alreadyFetched.Contains(u)).ToList();
            ordered.AddRange(freshUrls.Select(u => new WorkState { Domain = u, Mark = string.Empty, PageUrl = u, Source = batch.First(i => i.Url == u).Found }));
            // Content screening looks at every new domain, not only the name matches; queued with the batch and its cursor.
            var created = await _store.CommitScreenedAsync(
                connection, snapshot.Version, [.. fresh, .. freshUrls], ordered, feed.Name, _cursors, feed.Name, batch[^1].Position, token,
                _content.Enabled ? fresh : null, reports.IsEmpty ? null : reports.ToList());
            if (_content.Enabled && fresh.Count > 0)
            {
                _contentQueued.Notify();
            }

            matched += created.Count(c => c.State.PageUrl is null);
            batch.Clear();

            if (_store.Database.Shared)
            {
                // Shared by several instances: the new items wait unclaimed, and this instance's poll looks at once.
                _due.Notify();
                return;
            }

            foreach (var item in created)
            {
                if (_loops.Count > 0 && _inFlight.TryAdd(item.Id, 0))
                {
                    await _channels[WorkStage.Enrich].Writer.WriteAsync(item, token);
                }
            }
        }
    }

    /// <summary>Puts a known case back through enrichment, crawling and scoring (re-check of open and monitored cases).</summary>
    public async Task<bool> RecheckAsync(string domain, string markId, CancellationToken cancellationToken)
    {
        var snapshot = await _portfolio.RefreshAsync(cancellationToken);
        var mark = snapshot.Find(markId);
        if (mark is null || domain.Contains("://", StringComparison.Ordinal))
        {
            return false;
        }

        var matches = snapshot.Screener.Screen(domain).Where(m => string.Equals(m.Mark, mark.Id, StringComparison.OrdinalIgnoreCase)).ToList();
        var item = await _store.ReopenAsync(new WorkState { Domain = domain, Mark = mark.Id, Matches = matches }, snapshot.Version, "recheck", cancellationToken);
        return item is not null;
    }

    /// <summary>
    /// Takes page cases another stage stored at the score stage (content screening) straight into the score channel;
    /// when the pipeline is not running or shutting down they stay stored and the poll loop finds them.
    /// </summary>
    public async Task HandOverAsync(IReadOnlyList<WorkItem> items, CancellationToken cancellationToken)
    {
        foreach (var item in items)
        {
            if (_loops.Count == 0 || _stopping.IsCancellationRequested || !_inFlight.TryAdd(item.Id, 0))
            {
                continue;
            }

            try
            {
                await _channels[item.Stage].Writer.WriteAsync(item, cancellationToken);
            }
            catch (Exception ex) when (ex is ChannelClosedException or OperationCanceledException)
            {
                _inFlight.TryRemove(item.Id, out byte _);
            }
        }
    }

    /// <summary>Waits until no item is open or in flight (one-shot runs and tests).</summary>
    public async Task WaitIdleAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            if (_inFlight.IsEmpty && await _store.OpenCountAsync(cancellationToken) == 0)
            {
                return;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(50), _time, cancellationToken);
        }
    }

    /// <summary>Stops taking new work, lets in-flight stages finish within the drain timeout, then cuts them off.</summary>
    public async Task StopAsync()
    {
        PipelineLog.Draining(_log, _inFlight.Count, _options.DrainTimeout);
        await _stopping.CancelAsync();
        foreach (var channel in _channels.Values)
        {
            channel.Writer.TryComplete();
        }

        var all = Task.WhenAll(_loops);
        if (await Task.WhenAny(all, Task.Delay(_options.DrainTimeout, _time)) != all)
        {
            await _abort.CancelAsync();
        }

        try
        {
            await all;
        }
        catch (OperationCanceledException)
        {
            // Cut off on purpose; the items stay at their stage in the store.
        }

        // What this instance still holds goes back at once, for the other instances to take without waiting for the lease.
        await LeaseRenewal.ReleaseAsync(_store.ReleaseAsync, _log);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_stopping.IsCancellationRequested)
        {
            await StopAsync();
        }

        _stopping.Dispose();
        _abort.Dispose();
        _due.Dispose();
    }

    private Task RunStageAsync(WorkStage stage, int concurrency, Func<WorkItem, CancellationToken, Task> handler) => Task.Run(async () =>
    {
        var reader = _channels[stage].Reader;
        var workers = Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            while (!_stopping.IsCancellationRequested && await WaitToReadAsync(reader))
            {
                if (_stopping.IsCancellationRequested || !reader.TryRead(out var item))
                {
                    continue;
                }

                try
                {
                    await handler(item, _abort.Token);
                }
                catch (OperationCanceledException) when (_abort.IsCancellationRequested)
                {
                    _inFlight.TryRemove(item.Id, out byte _);
                }
                catch (Exception ex)
                {
                    await PostponeAsync(item, ex.Message);
                }
            }
        }));
        await Task.WhenAll(workers);
    });

    private async Task<bool> WaitToReadAsync(ChannelReader<WorkItem> reader)
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

    private async Task PollAsync(CancellationToken stopping)
    {
        var first = true;
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                var due = await _store.ClaimDueAsync(_options.ChannelCapacity * 4, stopping);
                if (first && due.Count > 0)
                {
                    PipelineLog.Resuming(_log, due.Count);
                }

                first = false;
                foreach (var candidate in due)
                {
                    if (!_inFlight.TryAdd(candidate.Id, 0))
                    {
                        continue;
                    }

                    // Read again now that it is ours: it may have finished between the query and the claim.
                    var item = await _store.GetAsync(candidate.Id, stopping);
                    if (item is null || !_channels.TryGetValue(item.Stage, out var channel))
                    {
                        _inFlight.TryRemove(candidate.Id, out byte _);
                        continue;
                    }

                    await channel.Writer.WriteAsync(item, stopping);
                }

                await _due.WaitAsync(_options.PollInterval, stopping);
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
                PipelineLog.LoopFailed(_log, "poll", ex);
                await Task.Delay(_options.PollInterval, _time, CancellationToken.None);
            }
        }
    }

    private async Task EnrichAsync(WorkItem item, CancellationToken cancellationToken)
    {
        if (item.State.PageUrl is not null)
        {
            // A submitted page is judged on what it shows, not on its host's registration: straight to the fetch.
            await MoveAsync(item, WorkStage.Crawl, item.State, cancellationToken);
            return;
        }

        if (await MarkOrDropAsync(item, cancellationToken) is null)
        {
            return;
        }

        var (dns, registration, networks) = await _enricher.EnrichAsync(item.Domain, cancellationToken);
        var state = item.State with { Dns = dns, Registration = registration, Networks = networks, Pages = [] };
        var next = dns?.HasWebHost == true ? WorkStage.Crawl : WorkStage.Score;
        await MoveAsync(item, next, state, cancellationToken);
    }

    private async Task CrawlAsync(WorkItem item, CancellationToken cancellationToken)
    {
        if (item.State.PageUrl is { } pageUrl && item.Mark.Length == 0)
        {
            await SplitPageAsync(item, new Uri(pageUrl), cancellationToken);
            return;
        }

        var mark = await MarkOrDropAsync(item, cancellationToken);
        if (mark is null)
        {
            return;
        }

        var pages = item.State.Dns is { } dns ? await _crawler.CrawlAsync(item.Domain, dns, mark, cancellationToken) : [];
        await MoveAsync(item, WorkStage.Score, item.State with { Pages = pages }, cancellationToken);
    }

    /// <summary>
    /// Fetches a submitted page, analyses it for the whole portfolio and stores one page case per mark with page-level
    /// findings (kind from <see cref="PageCaseKind"/>), each with the page and that mark's findings as its evidence.
    /// </summary>
    private async Task SplitPageAsync(WorkItem item, Uri url, CancellationToken cancellationToken)
    {
        var snapshot = _portfolio.Current ?? await _portfolio.RefreshAsync(cancellationToken);
        var page = await _crawler.FetchPageAsync(url, cancellationToken);
        var host = url.HostNameType == UriHostNameType.Dns ? DomainName.Parse(url.IdnHost).Domain?.Ascii : null;
        var cases = new List<WorkState>();
        foreach (var group in page.Findings.Where(f => f.Mark is not null && PageCaseKind.IsPageLevel(f)).GroupBy(f => f.Mark!, StringComparer.OrdinalIgnoreCase))
        {
            if (snapshot.Find(group.Key) is not { } mark || PageCaseKind.For(group) is not { } kind)
            {
                continue;
            }

            var findings = page.Findings.Where(f => f.Mark is null || string.Equals(f.Mark, mark.Id, StringComparison.OrdinalIgnoreCase)).ToList();
            var matches = host is null ? [] : snapshot.Screener.Screen(host).Where(m => string.Equals(m.Mark, mark.Id, StringComparison.OrdinalIgnoreCase)).ToList();
            cases.Add(new WorkState
            {
                Domain = item.Domain, Mark = mark.Id, PageUrl = item.Domain, Kind = kind, Source = item.State.Source, Matches = matches, Pages = [page with { Findings = findings }],
            });
        }

        var reason = cases.Count == 0
            ? $"the page shows no page-level finding (status {page.Status?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"})"
            : $"split into {cases.Count} page case(s)";
        var created = await _store.SplitPageAsync(item, cases, reason, cancellationToken);
        PipelineLog.PageSplit(_log, item.Domain, reason);
        _inFlight.TryRemove(item.Id, out byte _);
        foreach (var next in created)
        {
            if (_inFlight.TryAdd(next.Id, 0))
            {
                try
                {
                    await _channels[WorkStage.Score].Writer.WriteAsync(next, cancellationToken);
                }
                catch (ChannelClosedException)
                {
                    _inFlight.TryRemove(next.Id, out byte _);
                }
            }
        }
    }

    private async Task ScoreAsync(WorkItem item, CancellationToken cancellationToken)
    {
        var mark = await MarkOrDropAsync(item, cancellationToken);
        if (mark is null)
        {
            return;
        }

        var now = _time.GetUtcNow();
        var evidence = new CaseEvidence { Dns = item.State.Dns, Registration = item.State.Registration, Pages = item.State.Pages, Networks = item.State.Networks, Certificate = item.State.Certificate };
        if (item.State.PageUrl is null && _presence is { Options.Enabled: true })
        {
            // One resolver timeout or one failed fetch must not turn a live case into a gone one, nor re-file it: the look is
            // recorded, and filed only when it agrees with the settled state or a change is confirmed by consistent looks.
            var look = Rules.Presence.PresenceObservation.Of(item.State.Dns, item.State.Pages, item.State.Dns?.ObservedAt is { } at && at != default ? at : now);
            var step = await _presence.ObserveAsync(item.Domain, item.Mark, look, cancellationToken);
            if (step.Hold)
            {
                await FinishAsync(item, WorkStage.Held, item.State, null, null, cancellationToken);
                PipelineLog.Held(_log, item.Domain, item.Mark, step.Explanation);
                return;
            }

            if (step.Changed is not null)
            {
                PipelineLog.PresenceChanged(_log, item.Domain, item.Mark, step.Explanation);
            }

            evidence = evidence with { Presence = step.Record };
        }
        if (item.State.PageUrl is null && await _ownerDomains.RecogniseAsync(mark, item.Domain, evidence, cancellationToken) is { } owned)
        {
            // Kept, not filed: the work state holds the finding and `scan --file-to` lists it for a reviewer to check.
            await FinishAsync(item, WorkStage.OwnerDomain, item.State with { OwnerDomain = owned }, null, null, cancellationToken);
            PipelineLog.OwnerDomain(_log, item.Domain, item.Mark, owned.Explanation);
            return;
        }

        var otherMarks = _scorer.OtherMarksMatched(mark, item.Domain);
        var verdict = _scorer.Score(mark, item.Domain, item.State.Matches, otherMarks, evidence, now);
        if (verdict.Outcome < _options.FileMinimumOutcome)
        {
            await FinishAsync(item, WorkStage.Dropped, item.State, null, $"verdict {verdict.Outcome} is below the filing threshold", cancellationToken);
            return;
        }

        var (kind, subject) = item.State.PageUrl is null && item.State.Kind is null
            ? DomainCaseKind.For(mark.Id, item.Domain, item.State.Pages)
            : (item.State.Kind ?? SubjectKind.Domain, item.State.PageUrl ?? item.Domain);
        if (item.State.PageUrl is null && item.State.Kind is null)
        {
            // The verdict decides between domain, phishing and counterfeit, as the Api does when the case is re-checked.
            var decided = CaseKinds.Decide(null, kind, Rules.RuleCases.RuleCaseRunner.Fired(verdict)).Kind;
            subject = decided == SubjectKind.Phishing && kind == SubjectKind.Phishing ? subject : item.Domain;
            kind = decided;
        }

        var filing = new CaseFiling
        {
            Mark = mark.Id,
            Subject = subject,
            Kind = kind,
            Source = item.State.Source,
            Sighting = item.State.Sighting,
            Matches = item.State.Matches,
            OtherMarksMatched = otherMarks,
            Evidence = evidence,
            Verdict = verdict,
            ObservedAt = now,
        };
        var state = item.State with { Filing = filing, IdempotencyKey = IdempotencyKey.For(filing) };
        await MoveAsync(item, WorkStage.File, state, cancellationToken);
    }

    private async Task FileAsync(WorkItem item, CancellationToken cancellationToken)
    {
        if (item.State.Filing is not { } filing)
        {
            await MoveAsync(item, WorkStage.Score, item.State, cancellationToken);
            return;
        }

        var result = await _filer.FileAsync(filing, cancellationToken);
        switch (result.Status)
        {
            case FilingStatus.Created or FilingStatus.Replayed:
                Interlocked.Increment(ref _filed);
                PipelineLog.Filed(_log, item.Domain, item.Mark, result.CaseId, result.Status.ToString());
                await FinishAsync(item, WorkStage.Filed, item.State, result.CaseId, null, cancellationToken);
                break;
            case FilingStatus.Rejected:
                await FinishAsync(item, WorkStage.Dropped, item.State, null, $"the Api refused the case: {result.Detail}", cancellationToken);
                break;
            default:
                await PostponeAsync(item, $"the Api is unavailable: {result.Detail}");
                break;
        }
    }

    private async Task<Rules.Marks.Mark?> MarkOrDropAsync(WorkItem item, CancellationToken cancellationToken)
    {
        var snapshot = _portfolio.Current ?? await _portfolio.RefreshAsync(cancellationToken);
        var mark = snapshot.Find(item.Mark);
        if (mark is null)
        {
            await FinishAsync(item, WorkStage.Dropped, item.State, null, "the mark is no longer in the portfolio", cancellationToken);
        }

        return mark;
    }

    private async Task MoveAsync(WorkItem item, WorkStage next, WorkState state, CancellationToken cancellationToken)
    {
        if (!await _store.AdvanceAsync(item, next, state, null, cancellationToken))
        {
            LostClaim(item);
            return;
        }

        var moved = item with { Stage = next, State = state, Attempts = 0 };
        if (!_channels[next].Writer.TryWrite(moved))
        {
            try
            {
                await _channels[next].Writer.WriteAsync(moved, cancellationToken);
            }
            catch (ChannelClosedException)
            {
                // Shutting down: the item is stored at its new stage and resumes from there.
                _inFlight.TryRemove(item.Id, out byte _);
            }
        }
    }

    private async Task FinishAsync(WorkItem item, WorkStage final, WorkState state, string? caseId, string? reason, CancellationToken cancellationToken)
    {
        if (!await _store.AdvanceAsync(item, final, state, caseId, cancellationToken))
        {
            LostClaim(item);
            return;
        }

        if (reason is not null)
        {
            PipelineLog.Dropped(_log, item.Domain, item.Mark, reason);
        }

        _inFlight.TryRemove(item.Id, out byte _);
    }

    /// <summary>Another instance took the item over (this one's lease ran out): its work counts, this one's stops here.</summary>
    private void LostClaim(WorkItem item)
    {
        PipelineLog.ClaimLost(_log, item.Domain, item.Mark, item.Stage.ToString());
        _inFlight.TryRemove(item.Id, out byte _);
    }

    private async Task<int> ReleaseFeedAsync(string feed, CancellationToken cancellationToken)
    {
        await _cursors.ReleaseAsync(feed, cancellationToken);
        return 1;
    }

    private async Task PostponeAsync(WorkItem item, string error)
    {
        var delay = BrandWatch.Time.Backoff.Delay(item.Attempts + 1, _options.RetryBase, _options.RetryMax);
        try
        {
            if (!await _store.PostponeAsync(item, delay, error, CancellationToken.None))
            {
                PipelineLog.ClaimLost(_log, item.Domain, item.Mark, item.Stage.ToString());
                return;
            }

            PipelineLog.Postponed(_log, item.Stage.ToString(), item.Domain, item.Mark, item.Attempts + 1, delay, error);
        }
        finally
        {
            _inFlight.TryRemove(item.Id, out byte _);
        }
    }
}
