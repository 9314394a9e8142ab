namespace BrandWatch.Api.Tests.Alerts;

/// <summary>A clock the test moves by hand. Only "now" is manual; timers and delays stay real, so polling still runs.</summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private long _ticks = start.UtcTicks;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _ticks), TimeSpan.Zero);

    public void Advance(TimeSpan by) => Interlocked.Add(ref _ticks, by.Ticks);
}
