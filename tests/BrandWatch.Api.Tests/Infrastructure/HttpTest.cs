using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using BrandWatch.Rules.Cases;

namespace BrandWatch.Api.Tests.Infrastructure;

/// <summary>Small helpers for JSON requests and problem-details answers.</summary>
public static class HttpTest
{
    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static StringContent Json(object value) => new(JsonSerializer.Serialize(value, ContractJson.Options), Encoding.UTF8, "application/json");

    public static StringContent RawJson(string json) => new(json, Encoding.UTF8, "application/json");

    public static async Task<HttpResponseMessage> SendAsync(this HttpClient client, HttpMethod method, string url, HttpContent? content = null, Action<HttpRequestMessage>? configure = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(url, UriKind.Relative)) { Content = content };
        configure?.Invoke(request);
        return await client.SendAsync(request, Ct);
    }

    public static Task<HttpResponseMessage> FetchAsync(this HttpClient client, string url) => client.SendAsync(HttpMethod.Get, url);

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string url, object body, Action<HttpRequestMessage>? configure = null) =>
        client.SendAsync(HttpMethod.Post, url, Json(body), configure);

    public static async Task<JsonNode> ReadJsonAsync(this HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync(Ct)) ?? throw new InvalidOperationException("empty body");

    /// <summary>Asserts the status, then returns the body as JSON.</summary>
    public static async Task<JsonNode> ExpectAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == status, $"expected {(int)status}, got {(int)response.StatusCode}: {text}");
        return text.Length == 0 ? new JsonObject() : JsonNode.Parse(text)!;
    }

    /// <summary>Asserts a problem-details answer with the given status and type suffix; returns it.</summary>
    public static async Task<JsonNode> ExpectProblemAsync(this HttpResponseMessage response, HttpStatusCode status, string type)
    {
        var body = await response.ExpectAsync(status);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("https://brandwatch.dev/problems/" + type, (string?)body["type"]);
        return body;
    }
}
