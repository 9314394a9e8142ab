using BrandWatch.Api.Auth;
using BrandWatch.Api.Http;
using BrandWatch.Rules.Cases;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BrandWatch.Api.Cases.Filing;

/// <summary>
/// The checks a filing passes before it reaches the writer, shared by <c>POST /api/cases</c> and each item of
/// <c>POST /api/cases/batch</c>: the Idempotency-Key's form, the body's JSON, then <see cref="FilingValidator"/>.
/// </summary>
internal static class FilingIntake
{
    /// <summary>A problem when the key is not 1–200 printable ASCII characters (an empty key means none was given).</summary>
    public static ProblemHttpResult? CheckKey(string key, string field) =>
        key.Length > CasesApi.MaxIdempotencyKeyLength || key.Any(c => c is < '!' or > '~')
            ? Problems.Problems.Validation(field, $"must be 1–{CasesApi.MaxIdempotencyKeyLength} printable ASCII characters")
            : null;

    /// <summary>The filing ready for the writer, or the problem that refuses it; <paramref name="raw"/> is the filing's own JSON.</summary>
    public static (PendingFiling? Pending, ProblemHttpResult? Problem) Check(JsonBodyResult<CaseFiling> body, Caller caller, string? idempotencyKey, DateTimeOffset now)
    {
        if (body.Problem is not null)
        {
            return (null, body.Problem);
        }

        var filing = body.Value!;
        var (subject, domain, errors) = FilingValidator.Validate(filing, now);
        return errors.Count > 0
            ? (null, Problems.Problems.Validation(errors))
            : (new PendingFiling(filing, subject!, domain!, body.Raw, caller, idempotencyKey), null);
    }
}
