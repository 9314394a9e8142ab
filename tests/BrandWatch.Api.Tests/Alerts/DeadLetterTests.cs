namespace BrandWatch.Api.Tests.Alerts;

public sealed class DeadLetterTests
{
    [Fact]
    public async Task Dispatch_ReceiverDownPastTheHorizon_DeliveryBecomesDeadLetterAndRedriveDeliversIt()
    {
        using var db = await AlertsDatabase.CreateAsync();
        await using var receiver = await WebhookReceiver.StartAsync();
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.Zero));
        var url = receiver.Endpoint("/down", "d");
        receiver.FailAlways("/down");
        await db.SubscribeWebhookAsync("acme", url, "d");
        var first = await db.AddEventAsync("acme", "acme", "acme-first.com");
        var second = await db.AddEventAsync("acme", "acme", "acme-second.com");
        var settings = AlertHost.FastSettings();
        settings["Alerts:GiveUpAfter"] = "00:30:00";
        settings["Alerts:RetryBaseDelay"] = "00:01:00";
        settings["Alerts:RetryMaxDelay"] = "00:05:00";

        await using (await AlertHost.StartAsync(db, settings, clock))
        {
            await Eventually.HoldsAsync(() => receiver.Received.Count(r => r.Path == "/down") == 1, "the first attempt failed");

            // Backoff is on the clock: nothing more happens until the clock moves, then the retries go on until the horizon.
            // Each step waits until the dispatcher has recorded the attempt the receiver saw, so the clock never moves mid-attempt.
            var firstId = (await db.DeliveriesAsync()).Single(d => d.EventIds == $"[{first}]").Id;
            while (true)
            {
                var seen = receiver.Received.Count(r => r.DeliveryId == firstId);
                await Eventually.HoldsAsync(async () => (await db.DeliveriesAsync()).Single(d => d.Id == firstId).Attempts == seen, "the attempt was recorded");
                if ((await db.DeliveriesAsync()).Single(d => d.Id == firstId).Status != "pending")
                {
                    break;
                }

                clock.Advance(TimeSpan.FromMinutes(6));
                await Eventually.HoldsAsync(() => receiver.Received.Count(r => r.DeliveryId == firstId) > seen, "another attempt was made");
            }

            // The second alert waited behind the first for longer than the horizon: its first failure ends it too.
            await Eventually.HoldsAsync(async () => (await db.DeliveriesAsync()).All(d => d.Status == "dead"), "both deliveries are dead letters");
            var dead = await db.Deliveries.ListDeadLettersAsync("acme", 10, TestContext.Current.CancellationToken);
            Assert.Equal([[first], [second]], dead.Select(d => d.EventIds.ToArray()).ToArray());
            Assert.Equal("HTTP 503", dead[0].LastError);
            Assert.True(dead[0].Attempts >= 5, $"retried {dead[0].Attempts} times before giving up");
            Assert.Equal(1, dead[1].Attempts);
            Assert.Empty(await db.Deliveries.ListDeadLettersAsync("globex", 10, TestContext.Current.CancellationToken));

            // The receiver recovers and an admin redrives both, oldest first: they arrive in that order, with their
            // original ids. (Redriven newest first, the dispatcher may send the newer one before the older is redriven.)
            receiver.Recover("/down");
            Assert.NotNull(await db.Deliveries.RedriveAsync(dead[0].Id, "admin-key", clock.GetUtcNow(), TestContext.Current.CancellationToken));
            Assert.NotNull(await db.Deliveries.RedriveAsync(dead[1].Id, "admin-key", clock.GetUtcNow(), TestContext.Current.CancellationToken));
            await Eventually.HoldsAsync(() => receiver.Accepted("/down").Count == 2, "the redriven alerts were delivered");
            Assert.Null(await db.Deliveries.RedriveAsync(dead[0].Id, "admin-key", clock.GetUtcNow(), TestContext.Current.CancellationToken));

            var redriven = await db.Deliveries.GetDeliveryAsync(dead[0].Id, TestContext.Current.CancellationToken);
            Assert.Equal("delivered", redriven!.Status);
            Assert.Equal("admin-key", redriven.RedrivenBy);
            Assert.Equal(1, redriven.RedriveCount);
            Assert.Empty(await db.Deliveries.ListDeadLettersAsync(null, 10, TestContext.Current.CancellationToken));

            var accepted = receiver.Accepted("/down");
            Assert.Equal([first, second], accepted.SelectMany(r => r.EventIds()).ToList());
            Assert.Equal(dead.Select(d => d.Id), accepted.Select(r => r.DeliveryId));
        }
    }

    [Theory]
    [InlineData("http://10.20.30.40:9/hook", "Private")]
    [InlineData("http://169.254.169.254/latest/meta-data", "LinkLocal")]
    [InlineData("http://[fd00::1]:8080/hook", "Private")]
    [InlineData("http://0.0.0.0:8080/hook", "Reserved")]
    [InlineData("http://[100::1]/hook", "Reserved")]
    [InlineData("http://93.184.215.14:25/hook", "Public")]
    public async Task Dispatch_PrivateTarget_IsRefusedWithoutConnectingAndDeadLettered(string target, string scope)
    {
        using var db = await AlertsDatabase.CreateAsync();
        await db.SubscribeWebhookAsync("acme", new Uri(target), "x");
        await db.AddEventAsync("acme", "acme", "acme-private.com");

        await using (await AlertHost.StartAsync(db, AlertHost.FastSettings()))
        {
            await Eventually.HoldsAsync(async () => (await db.DeliveriesAsync()).Any(d => d.Status == "dead"), "the delivery was refused");
        }

        var letter = Assert.Single(await db.Deliveries.ListDeadLettersAsync(null, 10, TestContext.Current.CancellationToken));
        Assert.Equal(1, letter.Attempts);
        Assert.Contains("refused", letter.LastError, StringComparison.Ordinal);
        Assert.Contains($"({scope})", letter.LastError, StringComparison.Ordinal);
    }
}
