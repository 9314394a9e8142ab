using System.Net;
using System.Net.Http.Headers;
using BrandWatch.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace BrandWatch.Api.Tests.Enforcement;

/// <summary>
/// Drafts on the real Api: a phishing case filed as the Worker files it, each draft fetched as a legal reviewer and
/// compared with a golden file (set BRANDWATCH_REWRITE_GOLDEN=1 to rewrite them on purpose).
/// </summary>
public sealed partial class DraftTests(ApiFixture api) : IClassFixture<ApiFixture>, IAsyncDisposable
{
    private static readonly DateTimeOffset Today = new(2026, 2, 1, 9, 0, 0, TimeSpan.Zero);
    private const string Domain = "draftmark-login.com";

    private WebApplicationFactory<Program>? _clocked;

    /// <summary>The same Api and database with a fixed clock, so that filing dates and the letter date are stable.</summary>
    private WebApplicationFactory<Program> Clocked => _clocked ??= api.Factory.WithWebHostBuilder(b =>
        b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(new FakeTimeProvider(Today))));

    private HttpClient Client(string who, WebApplicationFactory<Program>? factory = null)
    {
        var client = (factory ?? Clocked).CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", api.Keys[who]);
        return client;
    }

    private Task<long> CaseAsync() => CaseOnce(api, () => Client("admin"), () => Client("worker"));

    private static readonly Dictionary<ApiFixture, Task<long>> Filed = [];

    private static Task<long> CaseOnce(ApiFixture api, Func<HttpClient> admin, Func<HttpClient> worker)
    {
        lock (Filed)
        {
            if (!Filed.TryGetValue(api, out var task))
            {
                task = FileAsync(admin, worker);
                Filed[api] = task;
            }

            return task;
        }
    }

    private static async Task<long> FileAsync(Func<HttpClient> admin, Func<HttpClient> worker)
    {
        using var a = admin();
        using var w = worker();
        await (await a.PostJsonAsync("/api/marks", TestData.Mark("draftmark", ApiFixture.OwnerA, "DraftMark"))).ExpectAsync(HttpStatusCode.Created);
        var created = await (await w.PostJsonAsync("/api/cases", EnforcementData.PhishingFiling("draftmark", Domain))).ExpectAsync(HttpStatusCode.Created);
        return (long)created["id"]!;
    }

    public static TheoryData<string> Kinds => new(BrandWatch.Api.Enforcement.DraftKinds.All);

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Draft_ForAPhishingCase_MatchesItsGoldenFile(string kind)
    {
        var id = await CaseAsync();
        using var reviewer = Client("reviewer-a");

        var response = await reviewer.FetchAsync($"/api/cases/{id}/drafts/{kind}");
        var text = await response.Content.ReadAsStringAsync(HttpTest.Ct);

        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        Assert.Equal("text/markdown", response.Content.Headers.ContentType?.MediaType);
        // Other tests of this class file cases too, so the ids of the case and of its filings depend on the order
        // the tests run in, and xunit's order follows the assembly's path: the golden files name them by role.
        var stable = text.Replace($"/api/cases/{id}/", "/api/cases/{case}/", StringComparison.Ordinal)
            .Replace($"from case {id} ", "from case {case} ", StringComparison.Ordinal);
        foreach (var filing in await api.QueryAsync<long>("SELECT id FROM case_filings WHERE case_id = @id", new { id }))
            stable = stable.Replace($"record {filing},", "record {filing},", StringComparison.Ordinal);
        Golden.Compare(Path.Combine("Enforcement", "Golden", kind + ".md"), stable);
    }

    [Fact]
    public async Task UdrpComplaint_ArguesEachElementFromTheCriteriaThatFiredAndCitesTheFilingHash()
    {
        var id = await CaseAsync();
        using var reviewer = Client("reviewer-a");
        var sha = (await api.QueryAsync<string>("SELECT sha256 FROM case_filings WHERE case_id = @id", new { id })).Single();

        var text = await (await reviewer.FetchAsync($"/api/cases/{id}/drafts/udrp-complaint")).Content.ReadAsStringAsync(HttpTest.Ct);

        string Section(string from, string to) => text[text.IndexOf(from, StringComparison.Ordinal)..text.IndexOf(to, StringComparison.Ordinal)];
        Assert.Contains("**A4", Section("(4(a)(i))", "(4(a)(ii))"));
        Assert.Contains("**X3", Section("(4(a)(ii))", "(4(a)(iii))"));
        Assert.Contains("**U1", Section("(4(a)(ii))", "(4(a)(iii))"));
        var badFaith = Section("(4(a)(iii))", "## V.");
        Assert.Contains("**F1", badFaith);
        Assert.Contains("**U1", badFaith);
        Assert.Contains("**G1", badFaith);
        Assert.DoesNotContain("Warning", text);
        Assert.Contains(sha, text);
        Assert.Contains("Example Registrar, Inc. (IANA id 9999)", text);
    }

    [Fact]
    public async Task CndrpComplaint_ForACnName_ArguesTheThreeConditionsWithRegistrationOrUseInBadFaith()
    {
        using var a = Client("admin");
        using var w = Client("worker");
        await (await a.PostJsonAsync("/api/marks", TestData.Mark("cnmark", ApiFixture.OwnerA, "CnMark"))).ExpectAsync(HttpStatusCode.Created);
        var id = (long)(await (await w.PostJsonAsync("/api/cases", EnforcementData.PhishingFiling("cnmark", "cnmark-login.cn"))).ExpectAsync(HttpStatusCode.Created))["id"]!;
        using var reviewer = Client("reviewer-a");
        var sha = (await api.QueryAsync<string>("SELECT sha256 FROM case_filings WHERE case_id = @id", new { id })).Single();

        var text = await (await reviewer.FetchAsync($"/api/cases/{id}/drafts/cndrp-complaint")).Content.ReadAsStringAsync(HttpTest.Ct);

        string Section(string from, string to) => text[text.IndexOf(from, StringComparison.Ordinal)..text.IndexOf(to, StringComparison.Ordinal)];
        Assert.Contains("**A4", Section("### 1.", "### 2."));
        Assert.Contains("**X3", Section("### 2.", "### 3."));
        var badFaith = Section("### 3. The Respondent registered or has used", "## V.");
        Assert.Contains("**F1", badFaith);
        Assert.Contains("either is enough", badFaith);
        Assert.Contains("`cnmark-login.cn`", text);
        Assert.Contains("CIETAC", text);
        Assert.DoesNotContain("Warning", text);
        Assert.Contains(sha, text);
    }

    [Fact]
    public async Task CndrpComplaint_WhenTheScorerFoundTheNameTooOld_WarnsThatTheRouteIsACourt()
    {
        using var a = Client("admin");
        using var w = Client("worker");
        await (await a.PostJsonAsync("/api/marks", TestData.Mark("oldcnmark", ApiFixture.OwnerA, "OldCnMark"))).ExpectAsync(HttpStatusCode.Created);
        var filing = EnforcementData.PhishingFiling("oldcnmark", "oldcnmark-login.cn");
        var bar = new BrandWatch.Rules.Scoring.Contribution("X10", 0, "registered 2020-03-01",
            "The .cn domain was registered more than 3 years ago: CNDRP bars the complaint; the court remains.") { Applies = true };
        filing = filing with { Verdict = filing.Verdict with { GatesAndDefences = [.. filing.Verdict.GatesAndDefences, bar] } };
        var id = (long)(await (await w.PostJsonAsync("/api/cases", filing)).ExpectAsync(HttpStatusCode.Created))["id"]!;
        using var reviewer = Client("reviewer-a");

        var text = await (await reviewer.FetchAsync($"/api/cases/{id}/drafts/cndrp-complaint")).Content.ReadAsStringAsync(HttpTest.Ct);

        Assert.Contains("> **Warning:** The .cn domain was registered more than 3 years ago", text);
        Assert.Contains("the route is a court", text);
    }

    [Theory]
    [InlineData("reviewer-a", HttpStatusCode.OK)]
    [InlineData("admin", HttpStatusCode.OK)]
    [InlineData("manager-a", HttpStatusCode.Forbidden)]
    [InlineData("ci", HttpStatusCode.Forbidden)]
    [InlineData("worker", HttpStatusCode.Forbidden)]
    public async Task Drafts_AreForLegalRolesOnly(string who, HttpStatusCode expected)
    {
        var id = await CaseAsync();
        using var client = Client(who);

        var response = await client.FetchAsync($"/api/cases/{id}/drafts/cease-and-desist");

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Drafts_OfAnotherOwnersCase_AreNotFoundForAnAssignedReviewer()
    {
        // The shared case first, so that its id (cited in the golden files) does not depend on test order.
        await CaseAsync();
        using var admin = Client("admin");
        using var worker = Client("worker");
        using var reviewer = Client("reviewer-a");
        await (await admin.PostJsonAsync("/api/marks", TestData.Mark("bravomark", ApiFixture.OwnerB, "BravoMark"))).ExpectAsync(HttpStatusCode.Created);
        var created = await (await worker.PostJsonAsync("/api/cases", EnforcementData.PhishingFiling("bravomark", "bravomark-login.com"))).ExpectAsync(HttpStatusCode.Created);

        var response = await reviewer.FetchAsync($"/api/cases/{(long)created["id"]!}/drafts/udrp-complaint");

        await response.ExpectProblemAsync(HttpStatusCode.NotFound, "not-found");
    }

    [Theory]
    [InlineData("cnDrp-complaint")]
    [InlineData("..%2Fsecrets")]
    [InlineData("udrp")]
    public async Task Draft_OfAnUnknownKind_IsANotFoundProblemListingTheKinds(string kind)
    {
        var id = await CaseAsync();
        using var reviewer = Client("reviewer-a");

        var body = await (await reviewer.FetchAsync($"/api/cases/{id}/drafts/{kind}")).ExpectProblemAsync(HttpStatusCode.NotFound, "not-found");

        Assert.Equal("kind", (string?)body["field"]);
        Assert.Contains("udrp-complaint", (string?)body["detail"]);
    }

    [Fact]
    public async Task DraftList_NamesEveryKindWithItsAddress()
    {
        var id = await CaseAsync();
        using var reviewer = Client("reviewer-a");

        var list = (await (await reviewer.FetchAsync($"/api/cases/{id}/drafts")).ExpectAsync(HttpStatusCode.OK)).AsArray();

        Assert.Equal(BrandWatch.Api.Enforcement.DraftKinds.All, list.Select(l => (string)l!["kind"]!));
        Assert.All(list, l => Assert.Equal($"/api/cases/{id}/drafts/{l!["kind"]}", (string?)l["href"]));
    }

    [Fact]
    public async Task OwnerTemplate_ReplacesTheShippedOneForThatOwnerOnly()
    {
        var id = await CaseAsync();
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.File("acme-corp"));
        await File.WriteAllTextAsync(Path.Combine(folder.File("acme-corp"), "cease-and-desist.md.liquid"), "Sehr geehrte Damen und Herren, {{ case.domain }} verletzt {{ mark.name }}.", HttpTest.Ct);
        await using var factory = Clocked.WithWebHostBuilder(b => b.UseSetting("Enforcement:TemplatesFolder", folder.Path));
        using var reviewer = Client("reviewer-a", factory);

        var letter = await (await reviewer.FetchAsync($"/api/cases/{id}/drafts/cease-and-desist")).Content.ReadAsStringAsync(HttpTest.Ct);
        var complaint = await (await reviewer.FetchAsync($"/api/cases/{id}/drafts/udrp-complaint")).Content.ReadAsStringAsync(HttpTest.Ct);

        Assert.Equal($"Sehr geehrte Damen und Herren, {Domain} verletzt DraftMark.", letter);
        Assert.StartsWith("# Complaint under the Uniform Domain Name Dispute Resolution Policy", complaint);
    }

    [Fact]
    public async Task BrokenOwnerTemplate_IsAProblemNamingTheFileAndTheReason()
    {
        var id = await CaseAsync();
        using var folder = new TempFolder();
        var path = folder.File("abuse-host.md.liquid");
        await File.WriteAllTextAsync(path, "{% for ip in dns.addresses %}{{ ip }}", HttpTest.Ct);
        await using var factory = Clocked.WithWebHostBuilder(b => b.UseSetting("Enforcement:TemplatesFolder", folder.Path));
        using var reviewer = Client("reviewer-a", factory);

        var body = await (await reviewer.FetchAsync($"/api/cases/{id}/drafts/abuse-host")).ExpectProblemAsync(HttpStatusCode.InternalServerError, "draft-template");

        Assert.Equal(path, (string?)body["template"]);
        Assert.StartsWith(path + ": ", (string?)body["detail"]);
    }

    public async ValueTask DisposeAsync()
    {
        if (_clocked is not null)
        {
            await _clocked.DisposeAsync();
        }
    }
}
