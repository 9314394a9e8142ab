using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace BrandWatch.Api.Problems;

/// <summary>
/// Builds the Api's RFC 9457 problem details. Every feature (alerts included) answers errors through these so that
/// the <c>type</c> URIs stay stable and a field error always names its field.
/// </summary>
public static class Problems
{
    /// <summary>A 400 naming one field (a JSON path such as <c>evidence.pages[0].url</c>, or a query parameter).</summary>
    public static ProblemHttpResult Validation(string field, string message) =>
        Validation(new Dictionary<string, string[]> { [field] = [message] });

    /// <summary>A 400 listing every field error; the first field is repeated in <c>field</c> for simple clients.</summary>
    public static ProblemHttpResult Validation(IReadOnlyDictionary<string, string[]> errors, string type = ProblemTypes.Validation)
    {
        var first = errors.First();
        var detail = errors.Count == 1
            ? $"{first.Key}: {first.Value[0]}"
            : $"{errors.Count} fields are invalid; first {first.Key}: {first.Value[0]}";
        return Create(StatusCodes.Status400BadRequest, type, "The request is not valid.", detail, new Dictionary<string, object?>
        {
            ["field"] = first.Key,
            ["errors"] = errors,
        });
    }

    public static ProblemHttpResult MalformedJson(string field, string message) =>
        Validation(new Dictionary<string, string[]> { [field] = [message] }, ProblemTypes.MalformedJson);

    public static ProblemHttpResult NotFound(string what) =>
        Create(StatusCodes.Status404NotFound, ProblemTypes.NotFound, "Not found.", $"{what} does not exist or is not visible to this key.");

    public static ProblemHttpResult Conflict(string type, string title, string detail, IReadOnlyDictionary<string, object?>? extensions = null) =>
        Create(StatusCodes.Status409Conflict, type, title, detail, extensions);

    public static ProblemHttpResult UnsupportedMediaType(string? contentType) =>
        Create(StatusCodes.Status415UnsupportedMediaType, ProblemTypes.UnsupportedMediaType, "Unsupported media type.",
            $"Content-Type must be application/json, found '{contentType ?? "(none)"}'.", new Dictionary<string, object?> { ["field"] = "Content-Type" });

    public static ProblemHttpResult PayloadTooLarge(long limit) =>
        Create(StatusCodes.Status413PayloadTooLarge, ProblemTypes.PayloadTooLarge, "The request body is too large.",
            $"The body must not exceed {limit} bytes.", new Dictionary<string, object?> { ["field"] = "body", ["limit"] = limit });

    public static ProblemHttpResult PreconditionFailed(string currentETag) =>
        Create(StatusCodes.Status412PreconditionFailed, ProblemTypes.PreconditionFailed, "The resource has changed.",
            "If-Match does not match the current version: someone else changed it. Reload and decide again.",
            new Dictionary<string, object?> { ["field"] = "If-Match", ["currentETag"] = currentETag });

    public static ProblemHttpResult PreconditionRequired() =>
        Create(StatusCodes.Status428PreconditionRequired, ProblemTypes.PreconditionRequired, "If-Match is required.",
            "Send the ETag of the version you saw in If-Match so that concurrent edits are detected.",
            new Dictionary<string, object?> { ["field"] = "If-Match" });

    public static ProblemHttpResult Create(int status, string type, string title, string? detail, IReadOnlyDictionary<string, object?>? extensions = null)
    {
        var problem = new ProblemDetails { Status = status, Type = type, Title = title, Detail = detail };
        foreach (var (key, value) in extensions ?? new Dictionary<string, object?>())
        {
            problem.Extensions[key] = value;
        }

        return TypedResults.Problem(problem);
    }

    /// <summary>The type URI used when the framework produces a problem for a bare status code.</summary>
    public static string TypeFor(int status) => status switch
    {
        400 => ProblemTypes.BadRequest,
        401 => ProblemTypes.Unauthorized,
        403 => ProblemTypes.Forbidden,
        404 => ProblemTypes.NotFound,
        405 => ProblemTypes.BadRequest,
        409 => ProblemTypes.Conflict,
        412 => ProblemTypes.PreconditionFailed,
        413 => ProblemTypes.PayloadTooLarge,
        415 => ProblemTypes.UnsupportedMediaType,
        428 => ProblemTypes.PreconditionRequired,
        503 => ProblemTypes.Unavailable,
        _ => status >= 500 ? ProblemTypes.Internal : ProblemTypes.BadRequest,
    };
}
