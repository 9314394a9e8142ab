using System.Net;
using System.Net.Http.Headers;
using BrandWatch.Api.Auth;
using BrandWatch.Api.Tests.Facts;
using BrandWatch.Api.Tests.Infrastructure;
using BrandWatch.Rules.Cases;
using BrandWatch.Rules.Presence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace BrandWatch.Api.Tests.Web;

/// <summary>The case page lists every sighting of the case's name (issue 15), in Chromium against the real Api.</summary>
public sealed class SightingsDeskTests(DeskFixture desk) : IClassFixture<DeskFixture>
{
    [Fact]
    public async Task Reviewer_OpensACaseSeenInTwoLogsAndAList_SeesEverySightingWithItsLogAndCertificate()
    {
        var keys = desk.Api.Services.GetRequiredService<KeyStore>();
        var admin = (await keys.CreateAsync(Roles.Admin, [], "sightings-admin", "sightings-tests", HttpTest.Ct)).Key;
        var reviewer = (await keys.CreateAsync(Roles.LegalReviewer, [KestrelApi.Owner], "Rita Sightings", "sightings-tests", HttpTest.Ct)).Key;
        using var client = new HttpClient { BaseAddress = desk.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", admin);
        await (await client.PostJsonAsync("/api/marks", ScoredFiling.MarkDocument("desksight"))).ExpectAsync(HttpStatusCode.Created);
        var seen = new DateTimeOffset(2026, 11, 20, 8, 0, 0, TimeSpan.Zero);
        var filing = ScoredFiling.TldSwap("desksight");
        var sha = new string('c', 64);
        filing = filing with
        {
            Source = CaseSource.Ct,
            Sighting = new CaseSighting { Source = CaseSource.Ct, Feed = "ct", Item = "https://ct-a.example/#41", SeenAt = seen, Log = "https://ct-a.example/", Index = 41, CertificateSha256 = sha },
        };
        var id = (long)(await (await client.PostJsonAsync("/api/cases", filing)).ExpectAsync(HttpStatusCode.Created))["id"]!;
        var domain = filing.Subject;
        await (await client.PostJsonAsync("/api/sightings", new
        {
            sightings = new[]
            {
                new SightingReport { Mark = "desksight", Domain = domain, Sighting = new CaseSighting { Source = CaseSource.Ct, Feed = "ct", Item = "https://ct-b.example/#7", SeenAt = seen.AddMinutes(2), Log = "https://ct-b.example/", Index = 7, CertificateSha256 = sha } },
                new SightingReport { Mark = "desksight", Domain = domain, Sighting = new CaseSighting { Source = CaseSource.Nrd, Feed = "whoisds", Item = "nrd-2026-11-21.txt#88", SeenAt = seen.AddDays(1) } },
            },
        })).ExpectAsync(HttpStatusCode.OK);
        await using var tab = await desk.OpenAsync();

        await tab.SignInAsync(reviewer, $"#/cases/{id}");
        var table = tab.Page.GetByTestId("sightings-table");

        await Assertions.Expect(tab.Page.GetByTestId("sightings-summary")).ToHaveTextAsync("Seen 3 times (CT log 2, new registrations 1).");
        await Assertions.Expect(table.Locator("tbody tr")).ToHaveCountAsync(3);
        await Assertions.Expect(table.Locator("tbody tr").Nth(1)).ToContainTextAsync("https://ct-b.example/ #7");
        await Assertions.Expect(table.Locator("tbody tr").Nth(2)).ToContainTextAsync("nrd-2026-11-21.txt#88");
        await Assertions.Expect(table.Locator("tbody tr").Nth(0)).ToContainTextAsync("cccccccccccccccc…");
        Assert.Empty(await Accessibility.ViolationsAsync(tab.Page));
        Assert.True(tab.ConsoleErrors.Count == 0, string.Join("\n", tab.ConsoleErrors));
    }

    [Fact]
    public async Task Reviewer_OpensACaseWhoseSiteWasConfirmedGone_SeesItsPresenceTheLooksAndTheChange()
    {
        var keys = desk.Api.Services.GetRequiredService<KeyStore>();
        var admin = (await keys.CreateAsync(Roles.Admin, [], "presence-admin", "presence-tests", HttpTest.Ct)).Key;
        var reviewer = (await keys.CreateAsync(Roles.LegalReviewer, [KestrelApi.Owner], "Pia Presence", "presence-tests", HttpTest.Ct)).Key;
        using var client = new HttpClient { BaseAddress = desk.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", admin);
        await (await client.PostJsonAsync("/api/marks", ScoredFiling.MarkDocument("deskgone"))).ExpectAsync(HttpStatusCode.Created);
        var at = new DateTimeOffset(2026, 11, 20, 8, 0, 0, TimeSpan.Zero);
        var live = new PresenceObservation(at, PresenceState.Live, "HTTP 200 from https://deskgone.io/");
        var timeout = new PresenceObservation(at.AddHours(6), PresenceState.Unknown, "DNS timeout");
        var gone1 = new PresenceObservation(at.AddHours(12), PresenceState.Gone, "DNS nx-domain");
        var gone2 = new PresenceObservation(at.AddHours(30), PresenceState.Gone, "DNS nx-domain");
        var filing = ScoredFiling.TldSwap("deskgone");
        filing = filing with
        {
            Evidence = filing.Evidence with
            {
                Presence = new PresenceRecord
                {
                    State = PresenceState.Gone, Since = gone2.At, Recent = [live, timeout, gone1, gone2],
                    LastChange = new PresenceChange(PresenceState.Live, PresenceState.Gone, gone2.At, [gone1, gone2]),
                },
            },
        };
        var id = (long)(await (await client.PostJsonAsync("/api/cases", filing)).ExpectAsync(HttpStatusCode.Created))["id"]!;
        await using var tab = await desk.OpenAsync();

        await tab.SignInAsync(reviewer, $"#/cases/{id}");
        var panel = tab.Page.GetByTestId("presence");
        var looks = panel.GetByTestId("presence-looks").Locator("tbody tr");

        await Assertions.Expect(panel.GetByTestId("presence-state")).ToContainTextAsync("Gone since");
        await Assertions.Expect(panel.GetByTestId("presence-change")).ToContainTextAsync("Changed from live to gone");
        await Assertions.Expect(panel.GetByTestId("presence-change")).ToContainTextAsync("confirmed by 2 looks");
        await Assertions.Expect(looks).ToHaveCountAsync(4);
        await Assertions.Expect(looks.Nth(1)).ToContainTextAsync("Unknown");
        await Assertions.Expect(looks.Nth(1)).ToContainTextAsync("DNS timeout");
        await Assertions.Expect(looks.Nth(0)).ToContainTextAsync("HTTP 200 from https://deskgone.io/");
        await Assertions.Expect(panel.GetByTestId("presence-pending")).ToHaveCountAsync(0);
        Assert.Empty(await Accessibility.ViolationsAsync(tab.Page));
        Assert.True(tab.ConsoleErrors.Count == 0, string.Join("\n", tab.ConsoleErrors));
    }

    [Fact]
    public async Task Reviewer_OpensACaseWithAChangeWaitingForConfirmation_SeesItAsNotConfirmedYet()
    {
        var keys = desk.Api.Services.GetRequiredService<KeyStore>();
        var admin = (await keys.CreateAsync(Roles.Admin, [], "pending-admin", "presence-tests", HttpTest.Ct)).Key;
        var reviewer = (await keys.CreateAsync(Roles.LegalReviewer, [KestrelApi.Owner], "Pat Pending", "presence-tests", HttpTest.Ct)).Key;
        using var client = new HttpClient { BaseAddress = desk.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", admin);
        await (await client.PostJsonAsync("/api/marks", ScoredFiling.MarkDocument("deskheld"))).ExpectAsync(HttpStatusCode.Created);
        var at = new DateTimeOffset(2026, 11, 21, 8, 0, 0, TimeSpan.Zero);
        var live = new PresenceObservation(at, PresenceState.Live, "DNS names a web host");
        var gone = new PresenceObservation(at.AddHours(1), PresenceState.Gone, "DNS nx-domain");
        var filing = ScoredFiling.TldSwap("deskheld");
        filing = filing with
        {
            Evidence = filing.Evidence with { Presence = new PresenceRecord { State = PresenceState.Live, Since = at, Pending = [gone], Recent = [live, gone] } },
        };
        var id = (long)(await (await client.PostJsonAsync("/api/cases", filing)).ExpectAsync(HttpStatusCode.Created))["id"]!;
        await using var tab = await desk.OpenAsync();

        await tab.SignInAsync(reviewer, $"#/cases/{id}");
        var panel = tab.Page.GetByTestId("presence");

        await Assertions.Expect(panel.GetByTestId("presence-state")).ToContainTextAsync("Live since");
        await Assertions.Expect(panel.GetByTestId("presence-pending")).ToContainTextAsync("1 look since");
        await Assertions.Expect(panel.GetByTestId("presence-pending")).ToContainTextAsync("showed gone; not confirmed yet.");
        await Assertions.Expect(panel.GetByTestId("presence-change")).ToHaveCountAsync(0);
        Assert.True(tab.ConsoleErrors.Count == 0, string.Join("\n", tab.ConsoleErrors));
    }
}
