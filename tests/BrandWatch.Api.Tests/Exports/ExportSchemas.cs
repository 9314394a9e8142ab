using System.Text.Json;
using Json.Schema;

namespace BrandWatch.Api.Tests.Exports;

/// <summary>The JSON Schemas of the export formats, written for these tests from the published specifications (see each file's description).</summary>
public static class ExportSchemas
{
    private static readonly Lazy<JsonSchema> StixSchema = new(() => Load("stix-2.1-bundle.schema.json"));
    private static readonly Lazy<JsonSchema> MispSchema = new(() => Load("misp-event.schema.json"));
    private static readonly Lazy<JsonSchema> TheHiveSchema = new(() => Load("thehive-alerts.schema.json"));

    public static JsonSchema Stix => StixSchema.Value;

    public static JsonSchema Misp => MispSchema.Value;

    public static JsonSchema TheHive => TheHiveSchema.Value;

    /// <summary>Asserts that the document is valid, listing every failing location and message otherwise.</summary>
    public static void AssertValid(JsonSchema schema, string json)
    {
        using var document = JsonDocument.Parse(json);
        var results = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        var failures = (results.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} ({d.EvaluationPath}): {e.Key} {e.Value}"))
            .Take(20)
            .ToList();
        Assert.True(results.IsValid, "not valid:\n" + string.Join('\n', failures));
    }

    /// <summary>Whether the document is valid (so that a test can show a schema refuses what the specification refuses).</summary>
    public static bool IsValid(JsonSchema schema, string json)
    {
        using var document = JsonDocument.Parse(json);
        return schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.Flag }).IsValid;
    }

    private static JsonSchema Load(string name) =>
        JsonSchema.FromText(File.ReadAllText(RepoPaths.Of("tests", "BrandWatch.Api.Tests", "Exports", "Schemas", name)));
}
