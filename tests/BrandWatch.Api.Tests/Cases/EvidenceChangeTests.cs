using System.Net;
using System.Text.Json.Nodes;
using BrandWatch.Api.Tests.Infrastructure;
using BrandWatch.Rules.Cases;
using BrandWatch.Rules.Evidence;

namespace BrandWatch.Api.Tests.Cases;

/// <summary>A re-filing whose evidence differs from the one before is an event with the change, on the case's trail (issue 15, item 3).</summary>
public sealed class EvidenceChangeTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private async Task<long> FileAsync(CaseFiling filing, HttpStatusCode expected)
    {
        using var worker = api.Client("worker");
        return (long)(await (await worker.PostJsonAsync("/api/cases", filing)).ExpectAsync(expected))["id"]!;
    }

    private static CaseFiling With(CaseFiling filing, DnsEvidence dns, string registrar) => filing with
    {
        Evidence = filing.Evidence with { Dns = dns, Registration = filing.Evidence.Registration! with { RegistrarName = registrar } },
    };

    [Fact]
    public async Task Refiling_WithNewAddressAndRegistrar_RecordsTheChange_AndAnUnansweredLookDoesNot()
    {
        using (var admin = api.Admin)
        {
            var created = await admin.PostJsonAsync("/api/marks", TestData.Mark("movemark", ApiFixture.OwnerA));
            Assert.True(created.StatusCode is HttpStatusCode.Created or HttpStatusCode.Conflict);
        }

        var first = TestData.Filing("movemark", "movemark-login.com", 60);
        var id = await FileAsync(first, HttpStatusCode.Created);
        var moved = With(first, first.Evidence.Dns! with { A = ["192.0.2.99"] }, "Other Registrar");
        await FileAsync(moved, HttpStatusCode.OK);
        var timedOut = With(moved, new DnsEvidence { Domain = "movemark-login.com", Outcome = DnsOutcome.Timeout }, "Other Registrar");
        await FileAsync(timedOut, HttpStatusCode.OK);

        var changed = Assert.Single(await api.QueryAsync<string>(
            "SELECT payload FROM case_events WHERE case_id = @id AND event_type = 'evidence-changed'", new { id }));
        var changes = JsonNode.Parse(changed)!["changes"]!.AsArray();
        Assert.Equal(["dns.a", "registration.registrar"], changes.Select(c => (string)c!["field"]!));
        Assert.Equal(("192.0.2.10", "192.0.2.99"), ((string)changes[0]!["before"]!, (string)changes[0]!["after"]!));
        var notes = await api.QueryAsync<string>("SELECT note FROM case_audit WHERE case_id = @id ORDER BY id", new { id });
        Assert.Contains("evidence changed: dns.a 192.0.2.10 → 192.0.2.99; registration.registrar Example Registrar → Other Registrar", notes);
    }
}
