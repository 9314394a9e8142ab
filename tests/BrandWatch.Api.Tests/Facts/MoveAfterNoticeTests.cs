using System.Net;
using System.Text.Json.Nodes;
using BrandWatch.Api.Tests.Infrastructure;

namespace BrandWatch.Api.Tests.Facts;

/// <summary>A re-filing that finds another registrar after the registrant had notice of the dispute points the reviewer at cyberflight (F13).</summary>
public sealed class MoveAfterNoticeTests(KestrelApi api) : IClassFixture<KestrelApi>
{
    [Fact]
    public async Task Refiling_WithAnotherRegistrarAfterNotice_SuggestsCyberflightOnTheTrailAndInTheEvent()
    {
        using var admin = api.Client("admin");
        using var worker = api.Client("worker");
        using var reviewer = api.Client("reviewer");
        await (await admin.PostJsonAsync("/api/marks", ScoredFiling.MarkDocument("quorvexf"))).ExpectAsync(HttpStatusCode.Created);
        var filing = ScoredFiling.TldSwap("quorvexf");
        var id = (long)(await (await worker.PostJsonAsync("/api/cases", filing)).ExpectAsync(HttpStatusCode.Created))["id"]!;
        // The owner's letter went out before the second look (ScoredFiling observes on 2026-06-01).
        await (await reviewer.SendAsync(HttpMethod.Put, $"/api/cases/{id}/facts", HttpTest.RawJson("""{"disputeNoticeOn":"2026-05-20","note":"letter sent"}""")))
            .ExpectAsync(HttpStatusCode.OK);

        var moved = filing with { Evidence = filing.Evidence with { Registration = filing.Evidence.Registration! with { RegistrarName = "Faraway Registrar" } } };
        await (await worker.PostJsonAsync("/api/cases", moved)).ExpectAsync(HttpStatusCode.OK);

        const string Suggestion = "the name's registrar changed after notice of the dispute on 2026-05-20: if it was moved to escape the claim, record movedAfterNotice (cyberflight, F13)";
        var changed = JsonNode.Parse(Assert.Single(await api.QueryAsync<string>(
            "SELECT payload FROM case_events WHERE case_id = @id AND event_type = 'evidence-changed'", new { id })))!;
        Assert.Equal(Suggestion, (string?)changed["moveAfterNotice"]);
        var notes = await api.QueryAsync<string>("SELECT note FROM case_audit WHERE case_id = @id ORDER BY id", new { id });
        Assert.Contains("evidence changed: registration.registrar Example Registrar → Faraway Registrar; " + Suggestion, notes);

        // Stating the fact is the reviewer's call; once stated, F13 fires on the case.
        var answer = await (await reviewer.SendAsync(HttpMethod.Put, $"/api/cases/{id}/facts",
            HttpTest.RawJson("""{"disputeNoticeOn":"2026-05-20","movedAfterNotice":true,"note":"moved to another registrar after the letter"}"""))).ExpectAsync(HttpStatusCode.OK);
        Assert.Contains("F13", answer["criteriaFired"]!.AsArray().Select(c => (string?)c));
    }
}
