using BrandWatch.Worker.Pipeline;

namespace BrandWatch.Worker.Tests.Pipeline;

/// <summary>The per-host gates of the crawl stage: bounded per key, and forgotten once idle (a feed names millions of hosts).</summary>
public sealed class KeyedConcurrencyTests
{
    [Fact]
    public async Task Run_ManyDistinctHosts_KeepsNoGateOnceTheyAreIdle()
    {
        var gates = new KeyedConcurrency(2);

        for (var i = 0; i < 10_000; i++)
        {
            await gates.RunAsync($"host-{i}.example", () => Task.FromResult(i), TestContext.Current.CancellationToken);
        }

        Assert.Equal(0, gates.Count);
    }

    [Fact]
    public async Task Run_SameHostAtOnce_NeverMoreInFlightThanTheLimit()
    {
        var gates = new KeyedConcurrency(2);
        var inFlight = 0;
        var most = 0;

        await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => gates.RunAsync("one-host.example", async () =>
        {
            var now = Interlocked.Increment(ref inFlight);
            InterlockedMax(ref most, now);
            await Task.Delay(20, TestContext.Current.CancellationToken);
            Interlocked.Decrement(ref inFlight);
            return 0;
        }, TestContext.Current.CancellationToken)));

        Assert.Equal(2, most);
        Assert.Equal(0, gates.Count);
    }

    [Fact]
    public async Task Run_CancelledWhileWaiting_LeavesNoGateBehind()
    {
        var gates = new KeyedConcurrency(1);
        var release = new TaskCompletionSource();
        var holder = gates.RunAsync("busy.example", async () => { await release.Task; return 0; }, TestContext.Current.CancellationToken);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => gates.RunAsync("busy.example", () => Task.FromResult(1), cancel.Token));
        release.SetResult();
        await holder;

        Assert.Equal(0, gates.Count);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        for (var seen = Volatile.Read(ref target); value > seen; seen = Volatile.Read(ref target))
        {
            if (Interlocked.CompareExchange(ref target, value, seen) == seen)
            {
                return;
            }
        }
    }
}
