using System.Net;
using System.Text.Json.Nodes;
using BrandWatch.Api.Tests.Infrastructure;

namespace BrandWatch.Api.Tests.Alerts;

/// <summary>
/// The subscription preview (issue 22): which of the owner's cases of the last 30 days a filter would have sent, over
/// the real Api on Kestrel and a SQLite file (PreviewApiFixture).
/// </summary>
public sealed class SubscriptionPreviewTests(PreviewApiFixture api) : IClassFixture<PreviewApiFixture>
{
    private static string[] Domains(JsonNode preview) => preview["cases"]!.AsArray().Select(c => (string)c!["domain"]!).ToArray();

    [Theory]
    [InlineData("""{"actions":["abuse-takedown"]}""", new[] { "xn--pypal-4ve.com" })]
    [InlineData("""{"kinds":["phishing","counterfeit"]}""", new string[0])]
    [InlineData("""{"actions":["monitor"]}""", new[] { "paypac2.net", "paypab1.net", "paypaa0.net" })]
    [InlineData("""{"minPriority":60}""", new[] { "xn--pypal-4ve.com", "paypal-login-secure.com" })]
    [InlineData("""{"marks":["PAYPAL"],"outcomes":["possible"],"minPriority":50}""", new[] { "paypal-login-secure.com" })]
    [InlineData("""{"minOutcome":"likely","actions":["abuse-takedown","udrp-transfer"]}""", new[] { "xn--pypal-4ve.com" })]
    [InlineData("""{"events":["reviewed","resolved"]}""", new string[0])]
    public async Task PreviewOfABody_ListsTheOwnersCasesTheFilterWouldHaveSent_NewestFirst(string filter, string[] expected)
    {
        using var manager = api.Client("manager");

        var preview = await (await manager.SendAsync(HttpMethod.Post, "/api/subscriptions/preview", HttpTest.RawJson(filter))).ExpectAsync(HttpStatusCode.OK);

        Assert.Equal(expected, Domains(preview));
        Assert.Equal(expected.Length, (int)preview["total"]!);
        Assert.Equal(expected.Length, (int)preview["alerts"]!); // each seeded case has one event, its filing
        Assert.Equal(PreviewApiFixture.Paypal, (string?)preview["owner"]);
        Assert.True((bool)preview["complete"]!);
    }

    [Fact]
    public async Task PreviewOfABody_ShowsEachCaseAsTheAlertWouldHaveCarriedIt()
    {
        using var manager = api.Client("manager");

        var preview = await (await manager.PostJsonAsync("/api/subscriptions/preview", new { actions = new[] { "abuse-takedown" }, webhookUrl = "https://hooks.example/x" }))
            .ExpectAsync(HttpStatusCode.OK);

        var homograph = preview["cases"]!.AsArray().Single()!;
        Assert.Equal(api.Cases["xn--pypal-4ve.com"], (long)homograph["id"]!);
        Assert.Equal("case-filed", (string?)homograph["event"]);
        Assert.Equal("paypal", (string?)homograph["mark"]);
        Assert.Equal("domain", (string?)homograph["kind"]);
        Assert.Equal("likely", (string?)homograph["outcome"]);
        Assert.Equal("abuse-takedown", (string?)homograph["action"]);
        Assert.Equal(92, (int)homograph["priority"]!);
        Assert.Equal(1, (int)homograph["alerts"]!);
        Assert.InRange((DateTimeOffset)homograph["at"]!, DateTimeOffset.UtcNow.AddMinutes(-10), DateTimeOffset.UtcNow);
    }

    [Fact]
    public async Task PreviewOfAStoredSubscription_AppliesItsFilters_AndTheLimitBoundsTheListNotTheTotal()
    {
        using var manager = api.Client("manager");
        var id = (long)(await (await manager.PostJsonAsync("/api/subscriptions", new { name = "typos", actions = new[] { "monitor" }, webhookUrl = "https://hooks.example/typos" }))
            .ExpectAsync(HttpStatusCode.Created))["id"]!;
        try
        {
            var preview = await (await manager.FetchAsync($"/api/subscriptions/{id}/preview?limit=2")).ExpectAsync(HttpStatusCode.OK);

            Assert.Equal(["paypac2.net", "paypab1.net"], Domains(preview));
            Assert.Equal(3, (int)preview["total"]!);
            Assert.Equal(2, (int)preview["limit"]!);
        }
        finally
        {
            await manager.SendAsync(HttpMethod.Delete, $"/api/subscriptions/{id}");
        }
    }

    [Fact]
    public async Task Preview_CoversTheLast30DaysOnly()
    {
        using var manager = api.Client("manager");
        var before = DateTimeOffset.UtcNow;

        var preview = await (await manager.PostJsonAsync("/api/subscriptions/preview", new { })).ExpectAsync(HttpStatusCode.OK);

        var domains = Domains(preview);
        Assert.Contains(PreviewApiFixture.InsideWindow, domains);
        Assert.DoesNotContain(PreviewApiFixture.OutsideWindow, domains);
        Assert.DoesNotContain("zalanndo.shop", domains);
        Assert.Equal(PreviewApiFixture.InsideWindow, domains[^1]); // the oldest, listed last
        var inside = preview["cases"]!.AsArray().Single(c => (string)c!["domain"]! == PreviewApiFixture.InsideWindow)!;
        Assert.Equal(api.InsideWindowAt, (DateTimeOffset)inside["at"]!, TimeSpan.FromMilliseconds(1));
        var to = (DateTimeOffset)preview["to"]!;
        Assert.InRange(to, before, DateTimeOffset.UtcNow);
        Assert.Equal(to.AddDays(-30), (DateTimeOffset)preview["from"]!);
    }

    [Fact]
    public async Task Preview_OfAnotherOwner_IsForbiddenOrNotFound_LikeTheOtherSubscriptionRoutes()
    {
        using var manager = api.Client("manager");
        using var zalando = api.Client("zalando-manager");
        using var reviewer = api.Client("reviewer");
        var theirs = (long)(await (await zalando.PostJsonAsync("/api/subscriptions", new { name = "theirs", webhookUrl = "https://hooks.example/z" }))
            .ExpectAsync(HttpStatusCode.Created))["id"]!;
        try
        {
            await (await manager.PostJsonAsync("/api/subscriptions/preview", new { owner = PreviewApiFixture.Zalando }))
                .ExpectProblemAsync(HttpStatusCode.Forbidden, "forbidden");
            await (await manager.FetchAsync($"/api/subscriptions/{theirs}/preview")).ExpectProblemAsync(HttpStatusCode.NotFound, "not-found");
            Assert.Equal(HttpStatusCode.Forbidden, (await reviewer.PostJsonAsync("/api/subscriptions/preview", new { })).StatusCode);

            // Their own preview shows their case and none of PayPal's.
            var own = await (await zalando.FetchAsync($"/api/subscriptions/{theirs}/preview")).ExpectAsync(HttpStatusCode.OK);
            Assert.Equal(["zalanndo.shop"], Domains(own));
        }
        finally
        {
            await zalando.SendAsync(HttpMethod.Delete, $"/api/subscriptions/{theirs}");
        }
    }

    [Fact]
    public async Task Preview_ByAnAdmin_NamesTheOwner()
    {
        using var admin = api.Client("admin");

        var problem = await (await admin.PostJsonAsync("/api/subscriptions/preview", new { kinds = new[] { "domain" } })).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation");
        var zalando = await (await admin.PostJsonAsync("/api/subscriptions/preview", new { owner = PreviewApiFixture.Zalando })).ExpectAsync(HttpStatusCode.OK);

        Assert.Equal("owner", (string?)problem["field"]);
        Assert.Equal(["zalanndo.shop"], Domains(zalando));
    }

    [Theory]
    [InlineData("""{"kinds":["dns"]}""", "validation", "kinds[0]")]
    [InlineData("""{"events":["case-filed","case-closed"]}""", "validation", "events[1]")]
    [InlineData("""{"minPriority":101}""", "validation", "minPriority")]
    [InlineData("""{"minOutcome":"certain"}""", "validation", "minOutcome")]
    [InlineData("""{"newSince":"last tuesday"}""", "validation", "newSince")]
    [InlineData("""{"marks":["zalando"]}""", "unknown-mark", "marks[0]")]
    public async Task Preview_WithABadFilter_AnswersAProblemNamingTheField(string filter, string type, string field)
    {
        using var manager = api.Client("manager");

        var problem = await (await manager.SendAsync(HttpMethod.Post, "/api/subscriptions/preview", HttpTest.RawJson(filter))).ExpectProblemAsync(HttpStatusCode.BadRequest, type);

        Assert.Equal(field, (string?)problem["field"]);
    }
}
