using System.Text.Json;
using BrandWatch.Rules.Cases;
using Microsoft.AspNetCore.Mvc;

namespace BrandWatch.Api.Cases.Filing;

/// <summary>The body of <c>POST /api/cases/batch</c>: 1–500 filings.</summary>
public sealed record BatchFilingRequest(IReadOnlyList<BatchFilingItem> Items);

/// <summary>One filing of a batch with the Idempotency-Key it would carry as a single request (optional, as there).</summary>
public sealed record BatchFilingItem(string? IdempotencyKey, CaseFiling Filing);

/// <summary>The answer to a batch: one result per item, in the order of the items.</summary>
public sealed record BatchFilingResponse(IReadOnlyList<BatchFilingResult> Results);

/// <summary>
/// How one item of a batch ended: <c>created</c> (201), <c>refiled</c> onto the open case (200), <c>duplicate</c> (its
/// Idempotency-Key was answered before: the first answer, replayed), <c>refused</c> (the 4xx problem the single endpoint
/// gives) or <c>failed</c> (5xx: nothing of it was written; send it again with the same key).
/// </summary>
public sealed record BatchFilingResult(int Index, string? IdempotencyKey, string Result, int Status, string? Location, string? ETag, JsonElement? Case, ProblemDetails? Problem);

/// <summary>The names of <see cref="BatchFilingResult.Result"/>.</summary>
public static class BatchFilingResults
{
    public const string Created = "created";
    public const string Refiled = "refiled";
    public const string Duplicate = "duplicate";
    public const string Refused = "refused";
    public const string Failed = "failed";
}
