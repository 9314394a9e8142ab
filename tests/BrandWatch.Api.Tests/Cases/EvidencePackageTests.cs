using System.IO.Compression;
using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using BrandWatch.Api.Tests.Infrastructure;
using BrandWatch.Rules.Cases;

namespace BrandWatch.Api.Tests.Cases;

public sealed class EvidencePackageTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task EvidencePackage_HoldsEachFilingAsSentWithItsHashAndTheVerdict()
    {
        using var admin = api.Admin;
        using var worker = api.Client("worker");
        using var manager = api.Client("manager-a");
        await (await admin.PostJsonAsync("/api/marks", TestData.Mark("packmark", ApiFixture.OwnerA))).ExpectAsync(HttpStatusCode.Created);
        var sent = new[] { TestData.Filing("packmark", "packmark-login.com", 40, note: "one"), TestData.Filing("packmark", "packmark-login.com", 65, note: "two") };
        var bodies = sent.Select(f => JsonSerializer.Serialize(f, ContractJson.Options)).ToArray();
        var first = await (await worker.SendAsync(HttpMethod.Post, "/api/cases", HttpTest.RawJson(bodies[0]))).ExpectAsync(HttpStatusCode.Created);
        await (await worker.SendAsync(HttpMethod.Post, "/api/cases", HttpTest.RawJson(bodies[1]))).ExpectAsync(HttpStatusCode.OK);
        var id = (long)first["id"]!;

        var response = await manager.FetchAsync($"/api/cases/{id}/evidence-package");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        await using var stream = await response.Content.ReadAsStreamAsync(HttpTest.Ct);
        using var zip = new ZipArchive(stream, ZipArchiveMode.Read);
        var manifest = JsonNode.Parse(await ReadAsync(zip, "manifest.json"))!;
        var files = manifest["files"]!.AsArray();

        Assert.Equal(id, (long)manifest["caseId"]!);
        Assert.Equal("SHA-256", (string?)manifest["hashAlgorithm"]);
        foreach (var file in files)
        {
            var bytes = await ReadBytesAsync(zip, (string)file!["path"]!);
            Assert.Equal((string?)file["sha256"], Convert.ToHexStringLower(SHA256.HashData(bytes)));
        }

        var filings = files.Where(f => (string?)f!["role"] == "filing").ToArray();
        Assert.Equal(2, filings.Length);
        for (var i = 0; i < bodies.Length; i++)
        {
            Assert.Equal(bodies[i], System.Text.Encoding.UTF8.GetString(await ReadBytesAsync(zip, (string)filings[i]!["path"]!)));
        }

        var verdict = JsonNode.Parse(await ReadAsync(zip, "verdict.json"))!;
        Assert.Equal(65, (int)verdict["priority"]!);
        Assert.Contains(files, f => (string?)f!["path"] == "audit.json");
    }

    private static async Task<string> ReadAsync(ZipArchive zip, string path) => System.Text.Encoding.UTF8.GetString(await ReadBytesAsync(zip, path));

    private static async Task<byte[]> ReadBytesAsync(ZipArchive zip, string path)
    {
        var entry = zip.GetEntry(path) ?? throw new InvalidOperationException($"{path} missing from the package");
        await using var stream = await entry.OpenAsync(HttpTest.Ct);
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy, HttpTest.Ct);
        return copy.ToArray();
    }
}
