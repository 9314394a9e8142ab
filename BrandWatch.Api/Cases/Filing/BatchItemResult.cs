using System.Text.Json;
using BrandWatch.Api.Http;
using BrandWatch.Api.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BrandWatch.Api.Cases.Filing;

/// <summary>Builds each <see cref="BatchFilingResult"/> from what the writer or the checks answered.</summary>
internal static class BatchItemResult
{
    public static BatchFilingResult Filed(int index, string? key, FilingOutcome outcome)
    {
        var result = outcome.Replayed ? BatchFilingResults.Duplicate
            : outcome.Result == FilingResult.Created ? BatchFilingResults.Created : BatchFilingResults.Refiled;
        using var body = JsonDocument.Parse(outcome.Body!);
        return new BatchFilingResult(index, key, result, FilingApi.Status(outcome.Result), outcome.Location, outcome.ETag, body.RootElement.Clone(), null);
    }

    public static BatchFilingResult Refused(int index, string? key, ProblemHttpResult problem) =>
        new(index, key, BatchFilingResults.Refused, problem.StatusCode, null, null, null, problem.ProblemDetails);

    public static BatchFilingResult Failed(int index, string? key, bool transient)
    {
        var problem = transient
            ? Problems.Problems.Create(StatusCodes.Status503ServiceUnavailable, ProblemTypes.Unavailable, "The database is busy.", "Nothing of this item was filed; send it again with the same Idempotency-Key.")
            : Problems.Problems.Create(StatusCodes.Status500InternalServerError, ProblemTypes.Internal, "Internal error.", "Nothing of this item was filed; the error is logged. Sending it again with the same Idempotency-Key is safe.");
        return new(index, key, BatchFilingResults.Failed, problem.StatusCode, null, null, null, problem.ProblemDetails);
    }

    public static string Serialize(IReadOnlyList<BatchFilingResult> results) => JsonSerializer.Serialize(new BatchFilingResponse(results), ApiJson.Output);
}
