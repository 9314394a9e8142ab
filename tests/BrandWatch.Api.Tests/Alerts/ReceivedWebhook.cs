using System.Text.Json;

namespace BrandWatch.Api.Tests.Alerts;

/// <summary>One request the loopback receiver saw, with the status it answered.</summary>
public sealed record ReceivedWebhook(string Path, string DeliveryId, string Event, long Timestamp, string Signature, byte[] Body,
    bool SignatureValid, int Status, string Method)
{
    /// <summary>The outbox event ids the body carries (json format).</summary>
    public IReadOnlyList<long> EventIds()
    {
        using var document = JsonDocument.Parse(Body);
        return document.RootElement.GetProperty("alerts").EnumerateArray().Select(a => a.GetProperty("eventId").GetInt64()).ToList();
    }

    public IReadOnlyList<string> Owners()
    {
        using var document = JsonDocument.Parse(Body);
        return document.RootElement.GetProperty("alerts").EnumerateArray().Select(a => a.GetProperty("owner").GetString() ?? "").ToList();
    }
}
