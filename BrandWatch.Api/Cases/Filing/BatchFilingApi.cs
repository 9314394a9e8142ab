using System.Data.Common;
using System.Runtime.InteropServices;
using System.Text.Json;
using BrandWatch.Api.Auth;
using BrandWatch.Api.Http;
using BrandWatch.Api.Problems;
using BrandWatch.Rules.Cases;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BrandWatch.Api.Cases.Filing;

/// <summary>
/// <c>POST /api/cases/batch</c>: up to <see cref="MaxItems"/> filings in one request, each with its own
/// Idempotency-Key, answered with one result per item in order. Every item passes the single endpoint's checks
/// (<see cref="FilingIntake"/>) and goes through the same writer; an item that is refused or fails is reported in its
/// result and never holds back the others.
/// </summary>
internal static partial class BatchFilingApi
{
    public const int MaxItems = FilingBatches.MaxItems;

    /// <summary>The whole request; each item's filing is also held to <see cref="CasesApi.MaxFilingBytes"/>.</summary>
    public const long MaxBatchBytes = 8 * 1024 * 1024;

    private const string ItemsField = "items";
    private const string KeyField = "idempotencyKey";
    private const string FilingField = "filing";

    public static void MapBatchFiling(this RouteGroupBuilder cases) =>
        cases.MapPost("/batch", FileBatchAsync).RequireAuthorization(Policies.FileCases).Accepts<BatchFilingRequest>("application/json")
            .Produces<BatchFilingResponse>().ProducesProblem(StatusCodes.Status400BadRequest);

    private static async Task<IResult> FileBatchAsync(HttpContext context, FilingWriter store, TimeProvider time, ILogger<FilingWriter> logger, CancellationToken cancellationToken)
    {
        var (raw, problem) = await JsonBody.ReadBytesAsync(context.Request, MaxBatchBytes, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(raw, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException ex)
        {
            return Problems.Problems.MalformedJson("body", $"malformed JSON at line {(ex.LineNumber ?? 0) + 1}, byte {(ex.BytePositionInLine ?? 0) + 1}");
        }

        using (document)
        {
            if (Envelope(document.RootElement) is { } envelopeProblem)
            {
                return envelopeProblem;
            }

            var items = document.RootElement.GetProperty(ItemsField);
            var caller = context.User.GetCaller();
            var now = time.GetUtcNow();
            var results = new BatchFilingResult?[items.GetArrayLength()];
            var accepted = new List<(int Index, PendingFiling Pending)>(results.Length);
            var index = 0;
            foreach (var item in items.EnumerateArray())
            {
                var (pending, refusal) = Item(item, caller, now);
                if (refusal is not null)
                {
                    results[index] = BatchItemResult.Refused(index, KeyOf(item), refusal);
                }
                else
                {
                    accepted.Add((index, pending!));
                }

                index++;
            }

            var outcomes = store.FileManyAsync(accepted.Select(a => a.Pending).ToList(), cancellationToken);
            for (var i = 0; i < accepted.Count; i++)
            {
                var (at, pending) = accepted[i];
                try
                {
                    var outcome = await outcomes[i];
                    results[at] = outcome.Refusal is { } refused
                        ? BatchItemResult.Refused(at, pending.IdempotencyKey, FilingApi.Problem(refused))
                        : BatchItemResult.Filed(at, pending.IdempotencyKey, outcome);
                }
                catch (Exception ex) when (ex is DbException or InvalidOperationException or JsonException)
                {
                    // Nothing of this item was committed; the other items' answers stand. A retry with the same key is safe.
                    Log.BatchItemFailed(logger, ex, at, pending.IdempotencyKey ?? "(none)");
                    results[at] = BatchItemResult.Failed(at, pending.IdempotencyKey, ex is DbException db && Storage.ApiDatabase.IsTransient(db));
                }
            }

            return TypedResults.Content(BatchItemResult.Serialize(results!), "application/json");
        }
    }

    /// <summary>The request's own shape: an object with <c>items</c>, an array of 1–<see cref="MaxItems"/> entries.</summary>
    private static ProblemHttpResult? Envelope(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return Problems.Problems.Validation("body", "expected a JSON object with an 'items' array");
        }

        foreach (var property in root.EnumerateObject())
        {
            if (property.Name != ItemsField)
            {
                return Problems.Problems.Validation(property.Name, "is not a known field");
            }
        }

        if (!root.TryGetProperty(ItemsField, out var items) || items.ValueKind != JsonValueKind.Array)
        {
            return Problems.Problems.Validation(ItemsField, "is required: an array of {\"idempotencyKey\": …, \"filing\": {…}}");
        }

        var count = items.GetArrayLength();
        return count is 0 or > MaxItems ? Problems.Problems.Validation(ItemsField, $"must hold 1–{MaxItems} filings (found {count})") : null;
    }

    /// <summary>One item checked as the single endpoint checks a request: its key as the header, its filing as the body.</summary>
    private static (PendingFiling? Pending, ProblemHttpResult? Problem) Item(JsonElement item, Caller caller, DateTimeOffset now)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            return (null, Problems.Problems.Validation("item", "must be an object with a 'filing' and an optional 'idempotencyKey'"));
        }

        string? key = null;
        JsonElement? filing = null;
        foreach (var property in item.EnumerateObject())
        {
            switch (property.Name)
            {
                case KeyField when property.Value.ValueKind == JsonValueKind.String:
                    key = property.Value.GetString();
                    break;
                case KeyField when property.Value.ValueKind != JsonValueKind.Null:
                    return (null, Problems.Problems.Validation(KeyField, "must be a string"));
                case KeyField:
                    break;
                case FilingField:
                    filing = property.Value;
                    break;
                default:
                    return (null, Problems.Problems.Validation(property.Name, "is not a known field"));
            }
        }

        if (key is not null && FilingIntake.CheckKey(key, KeyField) is { } badKey)
        {
            return (null, badKey);
        }

        if (filing is not { ValueKind: JsonValueKind.Object } body)
        {
            return (null, Problems.Problems.Validation(FilingField, "is required: the filing document POST /api/cases takes"));
        }

        // The filing's own bytes, exactly as sent: the Idempotency-Key is checked against their SHA-256, as for a single filing.
        var raw = JsonMarshal.GetRawUtf8Value(body);
        if (raw.Length > CasesApi.MaxFilingBytes)
        {
            return (null, Problems.Problems.PayloadTooLarge(CasesApi.MaxFilingBytes));
        }

        return FilingIntake.Check(JsonBody.Parse<CaseFiling>(raw.ToArray(), CasesApi.MaxFilingString), caller, string.IsNullOrEmpty(key) ? null : key, now);
    }

    private static string? KeyOf(JsonElement item) =>
        item.ValueKind == JsonValueKind.Object && item.TryGetProperty(KeyField, out var key) && key.ValueKind == JsonValueKind.String ? key.GetString() : null;

    private static partial class Log
    {
        [LoggerMessage(EventId = 14, Level = LogLevel.Error, Message = "Item {Index} of a filing batch (Idempotency-Key {IdempotencyKey}) failed; the rest of the batch is answered")]
        public static partial void BatchItemFailed(ILogger logger, Exception exception, int index, string idempotencyKey);
    }
}
