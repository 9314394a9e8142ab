using BrandWatch.Rules.Evidence;
using BrandWatch.Rules.Presence;

namespace BrandWatch.Rules.Tests.Presence;

public sealed class PresenceHysteresisTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(DnsOutcome.Timeout, new[] { "192.0.2.1" }, null, PresenceState.Unknown, "DNS timeout")]
    [InlineData(DnsOutcome.ServFail, new string[0], null, PresenceState.Unknown, "DNS serv-fail")]
    [InlineData(DnsOutcome.Refused, new string[0], null, PresenceState.Unknown, "DNS refused")]
    [InlineData(DnsOutcome.Disputed, new string[0], null, PresenceState.Unknown, "DNS disputed")]
    [InlineData(DnsOutcome.NxDomain, new string[0], null, PresenceState.Gone, "DNS nx-domain")]
    [InlineData(DnsOutcome.NoData, new string[0], null, PresenceState.Gone, "DNS no-data")]
    [InlineData(DnsOutcome.Resolved, new string[0], null, PresenceState.Gone, "DNS resolves but names no A, AAAA or CNAME")]
    [InlineData(DnsOutcome.Resolved, new[] { "192.0.2.1" }, null, PresenceState.Live, "DNS names a web host")]
    [InlineData(DnsOutcome.Resolved, new[] { "192.0.2.1" }, 200, PresenceState.Live, "HTTP 200 from http://example.test/")]
    [InlineData(DnsOutcome.Resolved, new[] { "192.0.2.1" }, 404, PresenceState.Live, "HTTP 404 from http://example.test/")]
    [InlineData(DnsOutcome.Resolved, new[] { "192.0.2.1" }, 503, PresenceState.Unknown, "HTTP 503 from every page")]
    [InlineData(DnsOutcome.Resolved, new[] { "192.0.2.1" }, -1, PresenceState.Unknown, "every page fetch failed without an HTTP answer")]
    public void Of_DnsAndPages_SaysWhatTheLookShowsAndWhy(DnsOutcome outcome, string[] addresses, int? status, PresenceState expected, string reason)
    {
        var dns = new DnsEvidence { Domain = "example.test", Outcome = outcome, A = addresses };
        PageEvidence[] pages = status is null ? [] : [new PageEvidence { Url = "http://example.test/", Status = status == -1 ? null : status }];

        var look = PresenceObservation.Of(dns, pages, Start);

        Assert.Equal(expected, look.State);
        Assert.Equal(reason, look.Reason);
    }

    [Fact]
    public void Observe_FirstDecidingLook_SettlesAtOnce()
    {
        var step = PresenceHysteresis.Observe(null, Look(0, PresenceState.Live), 2, TimeSpan.FromHours(12));

        Assert.False(step.Hold);
        Assert.Equal(PresenceState.Live, step.Record.State);
        Assert.Equal(Start, step.Record.Since);
    }

    [Fact]
    public void Observe_FirstLookUnknown_IsFiledAndSettlesNothing()
    {
        var step = PresenceHysteresis.Observe(null, Look(0, PresenceState.Unknown), 2, TimeSpan.FromHours(12));

        Assert.False(step.Hold);
        Assert.Equal(PresenceState.Unknown, step.Record.State);
    }

    // Each row: the looks after a settled live state (hours since it settled and what they showed), then whether the
    // last look is held back and the state after it.
    [Theory]
    [InlineData("1:unknown", true, PresenceState.Live)]
    [InlineData("1:gone", true, PresenceState.Live)]
    [InlineData("1:gone 2:gone", true, PresenceState.Live)] // two looks, but one hour apart: not yet 12 hours
    [InlineData("1:gone 13:gone", false, PresenceState.Gone)]
    [InlineData("1:gone 5:unknown 13:gone", false, PresenceState.Gone)] // an unknown look neither counts nor breaks the run
    [InlineData("1:gone 5:live 13:gone", true, PresenceState.Live)] // a live look ends the run
    [InlineData("1:gone 13:unknown", true, PresenceState.Live)]
    [InlineData("1:live", false, PresenceState.Live)]
    public void Observe_LooksAfterASettledLiveState_ChangeOnlyAfterConsistentLooksOverTheSpan(string looks, bool held, PresenceState state)
    {
        var step = PresenceHysteresis.Observe(null, Look(0, PresenceState.Live), 2, TimeSpan.FromHours(12));
        foreach (var look in looks.Split(' '))
        {
            var parts = look.Split(':');
            step = PresenceHysteresis.Observe(step.Record, Look(int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture), Enum.Parse<PresenceState>(parts[1], true)), 2, TimeSpan.FromHours(12));
        }

        Assert.Equal(held, step.Hold);
        Assert.Equal(state, step.Record.State);
    }

    [Fact]
    public void Observe_ConfirmedChange_KeepsTheLooksThatConfirmedItAndSaysSo()
    {
        var step = PresenceHysteresis.Observe(null, Look(0, PresenceState.Live), 2, TimeSpan.FromHours(12));
        step = PresenceHysteresis.Observe(step.Record, Look(1, PresenceState.Gone), 2, TimeSpan.FromHours(12));
        step = PresenceHysteresis.Observe(step.Record, Look(13, PresenceState.Gone), 2, TimeSpan.FromHours(12));

        var change = step.Changed!;
        Assert.Equal((PresenceState.Live, PresenceState.Gone), (change.From, change.To));
        Assert.Equal([Start.AddHours(1), Start.AddHours(13)], change.Observations.Select(o => o.At));
        Assert.Same(change, step.Record.LastChange);
        Assert.Empty(step.Record.Pending);
        Assert.Equal("presence changed from live to gone after 2 consistent looks over 12:00:00 (test gone)", step.Explanation);
    }

    [Fact]
    public void Observe_SameCachedAnswerTwice_CountsOnce()
    {
        var step = PresenceHysteresis.Observe(null, Look(0, PresenceState.Live), 2, TimeSpan.Zero);
        step = PresenceHysteresis.Observe(step.Record, Look(1, PresenceState.Gone), 2, TimeSpan.Zero);
        step = PresenceHysteresis.Observe(step.Record, Look(1, PresenceState.Gone), 2, TimeSpan.Zero);

        Assert.True(step.Hold);
        Assert.Equal(PresenceState.Live, step.Record.State);
        Assert.Single(step.Record.Pending);
    }

    [Fact]
    public void Observe_ManyLooks_KeepsOnlyTheLastFew()
    {
        var step = PresenceHysteresis.Observe(null, Look(0, PresenceState.Live), 2, TimeSpan.Zero);
        for (var hour = 1; hour <= 30; hour++)
        {
            step = PresenceHysteresis.Observe(step.Record, Look(hour, PresenceState.Unknown), 2, TimeSpan.Zero);
        }

        Assert.Equal(PresenceHysteresis.RecentLooks, step.Record.Recent.Count);
        Assert.Equal(Start.AddHours(30), step.Record.Recent[^1].At);
    }

    private static PresenceObservation Look(int hours, PresenceState state) =>
        new(Start.AddHours(hours), state, "test " + state.ToString().ToLowerInvariant());
}
