namespace BrandWatch.Api.Tests.Stats;

/// <summary>A clock the test sets to the day it files on; timers and delays stay real.</summary>
public sealed class SettableClock : TimeProvider
{
    private long _ticks = new DateTimeOffset(2026, 1, 12, 9, 0, 0, TimeSpan.Zero).UtcTicks;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _ticks), TimeSpan.Zero);

    public void Set(DateTimeOffset now) => Interlocked.Exchange(ref _ticks, now.UtcTicks);
}
