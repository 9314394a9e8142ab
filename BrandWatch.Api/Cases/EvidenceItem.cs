using System.Text.Json;

namespace BrandWatch.Api.Cases;

/// <summary>One filing kept in a case's history: the body as received, its hash and when it came.</summary>
public sealed record EvidenceItem(long Id, DateTimeOffset FiledAt, DateTimeOffset ObservedAt, string FiledBy, int Priority, string Sha256, JsonElement Filing);
