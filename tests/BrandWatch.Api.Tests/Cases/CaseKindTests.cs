using System.Net;
using BrandWatch.Api.Tests.Infrastructure;
using BrandWatch.Rules.Cases;
using BrandWatch.Rules.Scoring;

namespace BrandWatch.Api.Tests.Cases;

/// <summary>
/// Case kinds that say what happened: the re-checks of one look-alike domain, as the Worker files them, move its one
/// open case between domain, phishing and counterfeit by what the verdict shows (BrandWatch.Rules.Cases.CaseKinds),
/// keep the kind when the page no longer shows the misuse, and write each change into the audit trail.
/// </summary>
public sealed class CaseKindTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private static CaseFiling Filing(string mark, string subject, SubjectKind kind, int priority, params string[] fired)
    {
        var filing = TestData.Filing(mark, subject, priority, kind);
        return filing with
        {
            Verdict = filing.Verdict with
            {
                Fault = new ElementScore(0.9, [.. fired.Select(c => new Contribution(c, 0.9, "page of " + filing.Matches[0].Domain, $"{c} on the page"))]),
            },
        };
    }

    private async Task<(long Id, string Kind, int Status)> FileAsync(CaseFiling filing)
    {
        using var worker = api.Client("worker");
        var response = await worker.PostJsonAsync("/api/cases", filing);
        var body = await response.ExpectAsync(response.StatusCode == HttpStatusCode.Created ? HttpStatusCode.Created : HttpStatusCode.OK);
        return ((long)body["id"]!, (string)body["kind"]!, (int)response.StatusCode);
    }

    [Fact]
    public async Task ReChecks_OfALookAlikeDomain_MoveItsOneCaseToPhishingThenCounterfeit_KeepTheKindWhenThePageIsClean_AndAuditEachChange()
    {
        using (var admin = api.Admin)
        {
            var response = await admin.PostJsonAsync("/api/marks", TestData.Mark("kindmark", ApiFixture.OwnerA));
            Assert.True(response.StatusCode is HttpStatusCode.Created or HttpStatusCode.Conflict, response.StatusCode.ToString());
        }

        const string Domain = "kindmark-login.com";
        var first = await FileAsync(Filing("kindmark", Domain, SubjectKind.Domain, 50, "F1"));
        // The Worker files a domain whose page collects credentials as phishing, about that page.
        var phishing = await FileAsync(Filing("kindmark", $"http://{Domain}/signin", SubjectKind.Phishing, 95, "U1"));
        var clean = await FileAsync(Filing("kindmark", Domain, SubjectKind.Domain, 60, "F1"));
        var shop = await FileAsync(Filing("kindmark", Domain, SubjectKind.Domain, 80, "U4"));

        Assert.Equal((first.Id, "domain", 201), first);
        Assert.Equal((first.Id, "phishing", 200), phishing);
        Assert.Equal((first.Id, "phishing", 200), clean);
        Assert.Equal((first.Id, "counterfeit", 200), shop);

        var notes = await api.QueryAsync<string>("SELECT note FROM case_audit WHERE case_id = @id AND note LIKE 'kind %' ORDER BY id", new { id = first.Id });
        Assert.Equal(
        [
            "kind domain → phishing: credentials, money or remote access are collected under the mark (U1)",
            "kind phishing → counterfeit: goods are sold under the mark without the owner's authorisation (U4)",
        ], notes);

        // The alert raised by the phishing re-check carries the new kind, so a phishing-only subscription hears of it.
        var raised = await api.QueryAsync<(string Kind, long Priority)>(
            "SELECT kind, priority FROM case_events WHERE case_id = @id AND event_type = 'priority-raised' ORDER BY id", new { id = first.Id });
        Assert.Equal(("phishing", 95L), raised[0]);

        using var reader = api.Client("reviewer-a");
        var listed = await (await reader.FetchAsync("/api/cases?kind=counterfeit&q=kindmark-login")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal([first.Id], listed["items"]!.AsArray().Select(c => (long)c!["id"]!));
    }

    [Theory]
    [InlineData(SubjectKind.Phishing, "phishing")]
    [InlineData(SubjectKind.Counterfeit, "counterfeit")]
    public async Task Subscription_FilteringByAKindTheEvidenceGives_IsAccepted(SubjectKind kind, string wire)
    {
        using var admin = api.Admin;
        var body = await (await admin.PostJsonAsync("/api/subscriptions", new
        {
            owner = ApiFixture.OwnerA, name = $"only {wire}", kinds = new[] { WireName.Kebab(kind) }, webhookUrl = "https://hooks.example.net/brandwatch",
        })).ExpectAsync(HttpStatusCode.Created);

        Assert.Equal([wire], body["kinds"]!.AsArray().Select(k => (string)k!));
        await admin.SendAsync(HttpMethod.Delete, $"/api/subscriptions/{(long)body["id"]!}");
    }
}
