using System.Text.Json;

namespace BrandWatch.Api.Tests.Alerts;

public sealed class WebhookDeliveryTests
{
    [Fact]
    public async Task Dispatch_ReceiverFailsFirstDeliveries_EveryAlertArrivesOnceInOrderPerSubscriber()
    {
        using var db = await AlertsDatabase.CreateAsync();
        await using var receiver = await WebhookReceiver.StartAsync();
        var all = await db.SubscribeWebhookAsync("acme", receiver.Endpoint("/all", "secret-all", failFirst: 3), "secret-all");
        var domains = await db.SubscribeWebhookAsync("acme", receiver.Endpoint("/domains", "secret-domains", failFirst: 2), "secret-domains", kinds: ["domain"]);
        var expectedAll = new List<long>();
        var expectedDomains = new List<long>();
        for (var i = 0; i < 12; i++)
        {
            var kind = i % 3 == 0 ? "framing" : "domain";
            var id = await db.AddEventAsync("acme", "acme", $"acme-{i}.shop", kind: kind);
            expectedAll.Add(id);
            if (kind == "domain")
            {
                expectedDomains.Add(id);
            }
        }

        await using (await AlertHost.StartAsync(db, AlertHost.FastSettings()))
        {
            await Eventually.HoldsAsync(
                async () => receiver.Accepted("/all").Count >= expectedAll.Count && receiver.Accepted("/domains").Count >= expectedDomains.Count
                    && await db.CountAsync("SELECT COUNT(*) FROM alert_deliveries WHERE status = 'delivered'") == expectedAll.Count + expectedDomains.Count,
                "both subscribers accepted every alert and the dispatcher recorded it");
        }

        foreach (var (path, expected, subscription) in new[] { ("/all", expectedAll, all), ("/domains", expectedDomains, domains) })
        {
            var requests = receiver.Received.Where(r => r.Path == path).ToList();
            var accepted = receiver.Accepted(path);
            Assert.All(requests, r => Assert.True(r.SignatureValid, $"bad signature on {r.DeliveryId}"));
            Assert.Equal(accepted.Count, accepted.Select(r => r.DeliveryId).Distinct().Count());
            Assert.Equal(expected, accepted.SelectMany(r => r.EventIds()).ToList());
            Assert.Equal(expected, requests.SelectMany(r => r.EventIds()).Distinct().ToList());
            Assert.All(requests.Where(r => r.Status != 200), failed => Assert.Contains(accepted, a => a.DeliveryId == failed.DeliveryId));
            Assert.All(accepted, a => Assert.Equal("case-filed", a.Event));
            using var first = JsonDocument.Parse(accepted[0].Body);
            Assert.Equal(subscription.Id, first.RootElement.GetProperty("subscriptionId").GetInt64());
        }

        Assert.Equal(3, receiver.Received.Count(r => r.Path == "/all" && r.Status == 503));
        Assert.Equal(2, receiver.Received.Count(r => r.Path == "/domains" && r.Status == 503));
        Assert.All(await db.DeliveriesAsync(), d => Assert.Equal("delivered", d.Status));
    }

    [Fact]
    public async Task Dispatch_Body_CarriesCaseSummaryScoresActionAndLink()
    {
        using var db = await AlertsDatabase.CreateAsync();
        await using var receiver = await WebhookReceiver.StartAsync();
        await db.SubscribeWebhookAsync("acme", receiver.Endpoint("/hook", "s3cret"), "s3cret");
        var eventId = await db.AddEventAsync("acme", "acme", "acme-login.com", kind: "phishing", priority: 97, action: "abuse-takedown", caseId: 42);

        await using (await AlertHost.StartAsync(db, AlertHost.FastSettings()))
        {
            await Eventually.HoldsAsync(() => receiver.Accepted("/hook").Count == 1, "the alert arrived");
        }

        var request = receiver.Accepted("/hook").Single();
        using var body = JsonDocument.Parse(request.Body);
        var alert = body.RootElement.GetProperty("alerts")[0];
        Assert.Equal(request.DeliveryId, body.RootElement.GetProperty("deliveryId").GetString());
        Assert.Equal("immediate", body.RootElement.GetProperty("digest").GetString());
        Assert.Equal(eventId, alert.GetProperty("eventId").GetInt64());
        Assert.Equal("acme-login.com", alert.GetProperty("subject").GetString());
        Assert.Equal("phishing", alert.GetProperty("kind").GetString());
        Assert.Equal(97, alert.GetProperty("priority").GetInt32());
        Assert.Equal("abuse-takedown", alert.GetProperty("action").GetString());
        Assert.Equal("https://brandwatch.example/cases/42", alert.GetProperty("link").GetString());
        Assert.Equal(0.8, alert.GetProperty("case").GetProperty("scores").GetProperty("fault").GetDouble());
        Assert.StartsWith("dlv_", request.DeliveryId, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dispatch_TwoOwners_NoSubscriberReceivesAnotherOwnersCase()
    {
        using var db = await AlertsDatabase.CreateAsync();
        await using var receiver = await WebhookReceiver.StartAsync();
        var acme = await db.SubscribeWebhookAsync("acme", receiver.Endpoint("/acme", "a"), "a");
        var globex = await db.SubscribeWebhookAsync("globex", receiver.Endpoint("/globex", "g"), "g");

        // An acme subscription naming globex's mark: the owner boundary still holds.
        var sneaky = await db.SubscribeWebhookAsync("acme", receiver.Endpoint("/sneaky", "s"), "s", marks: ["globex"]);
        var acmeEvents = new List<long>();
        var globexEvents = new List<long>();
        for (var i = 0; i < 8; i++)
        {
            acmeEvents.Add(await db.AddEventAsync("acme", "acme", $"acme{i}.net"));
            globexEvents.Add(await db.AddEventAsync("globex", "globex", $"globex{i}.net"));
        }

        await using (await AlertHost.StartAsync(db, AlertHost.FastSettings()))
        {
            await Eventually.HoldsAsync(async () => await db.CursorAsync() == globexEvents[^1]
                && await db.CountAsync("SELECT COUNT(*) FROM alert_deliveries WHERE status <> 'delivered'") == 0
                && await db.CountAsync("SELECT COUNT(*) FROM alert_deliveries") == 16, "every delivery was made");
        }

        Assert.Equal(acmeEvents, receiver.Accepted("/acme").SelectMany(r => r.EventIds()).ToList());
        Assert.Equal(globexEvents, receiver.Accepted("/globex").SelectMany(r => r.EventIds()).ToList());
        Assert.All(receiver.Accepted("/acme").SelectMany(r => r.Owners()), o => Assert.Equal("acme", o));
        Assert.All(receiver.Accepted("/globex").SelectMany(r => r.Owners()), o => Assert.Equal("globex", o));
        Assert.DoesNotContain(receiver.Received, r => r.Path == "/sneaky");
        Assert.Equal(0, await db.CountAsync($"SELECT COUNT(*) FROM alert_deliveries WHERE subscription_id = {sneaky.Id}"));
        Assert.NotEqual(acme.Id, globex.Id);
    }

    [Fact]
    public async Task Dispatch_HostStoppedMidDispatch_RestartDeliversEverythingWithoutNewDuplicates()
    {
        using var db = await AlertsDatabase.CreateAsync();
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.AnswerDelay = TimeSpan.FromMilliseconds(60);
        await db.SubscribeWebhookAsync("acme", receiver.Endpoint("/one", "k1"), "k1");
        await db.SubscribeWebhookAsync("acme", receiver.Endpoint("/two", "k2"), "k2", kinds: ["domain"]);
        var events = new List<long>();
        for (var i = 0; i < 25; i++)
        {
            events.Add(await db.AddEventAsync("acme", "acme", $"acme-crash-{i}.com"));
        }

        // Stop while requests are in flight: the receiver has seen them, the dispatcher never learns the answer.
        receiver.HoldAfter("/one", 5);
        await using (await AlertHost.StartAsync(db, AlertHost.FastSettings()))
        {
            await Eventually.HoldsAsync(() => receiver.Received.Count(r => r.Path == "/one") == 6, "the sixth alert to /one is in flight");
        }

        var held = receiver.Received.Where(r => r.Path == "/one").ToList()[5];
        var seenBeforeRestart = receiver.Received.Count;
        Assert.True(seenBeforeRestart < 50, "the first host was stopped before it finished");
        Assert.Equal("pending", (await db.DeliveriesAsync()).Single(d => d.Id == held.DeliveryId).Status);

        // Events written while the Api is down wait in the outbox.
        for (var i = 25; i < 30; i++)
        {
            events.Add(await db.AddEventAsync("acme", "acme", $"acme-crash-{i}.com"));
        }

        receiver.ReleaseHolds();
        receiver.AnswerDelay = TimeSpan.Zero;
        await using (await AlertHost.StartAsync(db, AlertHost.FastSettings()))
        {
            await Eventually.HoldsAsync(async () => await db.CountAsync("SELECT COUNT(*) FROM alert_deliveries WHERE status = 'delivered'") == 60,
                "all 60 deliveries are marked delivered");
        }

        foreach (var path in new[] { "/one", "/two" })
        {
            var requests = receiver.Received.Where(r => r.Path == path).ToList();
            Assert.All(requests, r => Assert.True(r.SignatureValid));

            // Every event arrived, first arrivals in order, and every repeat reused the delivery id of its first arrival.
            var firstArrivals = requests.DistinctBy(r => r.DeliveryId).ToList();
            Assert.Equal(events, firstArrivals.SelectMany(r => r.EventIds()).ToList());
            var byEvent = requests.GroupBy(r => r.EventIds().Single());
            Assert.All(byEvent, g => Assert.Single(g.Select(r => r.DeliveryId).Distinct()));
        }

        Assert.Equal(60, await db.CountAsync("SELECT COUNT(*) FROM alert_deliveries"));
        Assert.Equal(events[^1], await db.CursorAsync());

        // The alert in flight at the stop arrived twice, both times under its one delivery id.
        Assert.Equal(2, receiver.Received.Count(r => r.DeliveryId == held.DeliveryId));
    }

    [Fact]
    public async Task Dispatch_ReceiverRedirects_RedirectIsNotFollowedAndDeliveryStaysPending()
    {
        using var db = await AlertsDatabase.CreateAsync();
        await using var receiver = await WebhookReceiver.StartAsync();
        var url = receiver.Endpoint("/moved", "m");
        receiver.Endpoint("/elsewhere", "m");
        receiver.RedirectTo("/moved", new Uri(receiver.BaseAddress, "/elsewhere").ToString());
        await db.SubscribeWebhookAsync("acme", url, "m");
        await db.AddEventAsync("acme", "acme", "acme-redirect.com");

        await using (await AlertHost.StartAsync(db, AlertHost.FastSettings()))
        {
            await Eventually.HoldsAsync(() => receiver.Received.Count(r => r.Path == "/moved") >= 3, "three attempts were made");
        }

        Assert.DoesNotContain(receiver.Received, r => r.Path == "/elsewhere");
        var delivery = Assert.Single(await db.DeliveriesAsync());
        Assert.Equal("pending", delivery.Status);
        var stored = await db.Deliveries.GetDeliveryAsync(delivery.Id, TestContext.Current.CancellationToken);
        Assert.Contains("302", stored!.LastError, StringComparison.Ordinal);
        Assert.Contains("not followed", stored.LastError, StringComparison.Ordinal);
    }
}
