using System.IO.Compression;
using System.Net;
using BrandWatch.Api.Evidence;
using BrandWatch.Api.Tests.Infrastructure;

namespace BrandWatch.Api.Tests.Cases;

/// <summary>Issue 19 finding 8: a case's filings are paged, and its evidence package is streamed, not built in memory.</summary>
public sealed class FilingPagingTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const int Filings = 63;

    private static string? NoteOf(System.Text.Json.Nodes.JsonNode? item) => (string?)item?["filing"]?["evidence"]?["reviewer"]?["note"];

    private async Task<long> CaseWithManyFilingsAsync()
    {
        await api.OnceAsync("many-filings", async () =>
        {
            using var admin = api.Admin;
            using var worker = api.Client("worker");
            await (await admin.PostJsonAsync("/api/marks", TestData.Mark("pager", ApiFixture.OwnerA))).ExpectAsync(HttpStatusCode.Created);
            for (var i = 0; i < Filings; i++)
            {
                // Each re-check differs (a note), so each is a new filing of the same case.
                await worker.PostJsonAsync("/api/cases", TestData.Filing("pager", "pager-login.com", 40 + (i % 50), note: $"re-check {i}"));
            }
        });
        return Assert.Single(await api.QueryAsync<long>("SELECT id FROM cases WHERE mark_id = 'pager'"));
    }

    [Fact]
    public async Task CaseDetail_OfACaseWithManyFilings_CarriesTheNewestFiftyAndPointsToTheRest()
    {
        var id = await CaseWithManyFilingsAsync();
        using var manager = api.Client("manager-a");

        var detail = await (await manager.FetchAsync($"/api/cases/{id}")).ExpectAsync(HttpStatusCode.OK);

        var evidence = detail["evidence"]!.AsArray();
        Assert.Equal(50, evidence.Count);
        Assert.Equal(Filings, (int)detail["evidenceTotal"]!);
        Assert.Equal($"/api/cases/{id}/filings", (string?)detail["evidenceHistory"]);
        Assert.Equal($"re-check {Filings - 1}", NoteOf(evidence[^1]));
        Assert.Equal($"re-check {Filings - 50}", NoteOf(evidence[0]));
    }

    [Fact]
    public async Task Filings_PagedTwentyAtATime_GiveEveryFilingOnceInOrder()
    {
        var id = await CaseWithManyFilingsAsync();
        using var manager = api.Client("manager-a");
        var notes = new List<string?>();
        var pages = 0;
        string url = $"/api/cases/{id}/filings?limit=20";
        while (true)
        {
            var page = await (await manager.FetchAsync(url)).ExpectAsync(HttpStatusCode.OK);
            pages++;
            notes.AddRange(page["items"]!.AsArray().Select(NoteOf));
            if (page["nextAfter"] is not { } next)
            {
                break;
            }

            url = $"/api/cases/{id}/filings?limit=20&after={(long)next}";
        }

        Assert.Equal(Enumerable.Range(0, Filings).Select(i => (string?)$"re-check {i}"), notes);
        Assert.Equal(4, pages);
    }

    [Theory]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=201", "limit")]
    [InlineData("after=-1", "after")]
    [InlineData("after=abc", "after")]
    public async Task Filings_BadPagingValue_IsRefusedNamingTheParameter(string query, string field)
    {
        var id = await CaseWithManyFilingsAsync();
        using var manager = api.Client("manager-a");

        var problem = await (await manager.FetchAsync($"/api/cases/{id}/filings?{query}")).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation");

        Assert.NotNull(problem["errors"]![field]);
    }

    [Fact]
    public async Task Filings_OfAnotherOwnersCase_AreNotFound()
    {
        var id = await CaseWithManyFilingsAsync();
        using var managerB = api.Client("manager-b");

        await (await managerB.FetchAsync($"/api/cases/{id}/filings")).ExpectProblemAsync(HttpStatusCode.NotFound, "not-found");
    }

    [Fact]
    public async Task EvidencePackage_OfACaseWithManyFilings_IsStreamedWithEveryFilingAndAValidSignature()
    {
        var id = await CaseWithManyFilingsAsync();
        using var manager = api.Client("manager-a");

        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/cases/{id}/evidence-package");
        using var response = await manager.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, HttpTest.Ct);
        var lengthAnnounced = response.Content.Headers.ContentLength;
        var bytes = await response.Content.ReadAsByteArrayAsync(HttpTest.Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // Written to the client as it is built: the headers go out before the length is known.
        Assert.Null(lengthAnnounced);
        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        Assert.Equal(Filings, zip.Entries.Count(e => e.FullName.StartsWith("evidence/", StringComparison.Ordinal)));
        var verification = await PackageVerifier.VerifyAsync(new MemoryStream(bytes), null, HttpTest.Ct);
        Assert.True(verification.Valid, string.Join("; ", verification.Failures));
    }
}
