using BrandWatch.Api.Problems;
using Microsoft.AspNetCore.Diagnostics;

namespace BrandWatch.Api.Http;

/// <summary>Turns exceptions into problem details: framework 4xx keep their status, a busy database is a 503, the rest a logged 500.</summary>
internal sealed class ApiExceptionHandler(ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var request = httpContext.Request;
        switch (exception)
        {
            case BadHttpRequestException bad:
                await Problems.Problems.Create(bad.StatusCode, Problems.Problems.TypeFor(bad.StatusCode), "The request is not valid.", bad.Message)
                    .ExecuteAsync(httpContext);
                return true;
            case System.Data.Common.DbException busy when Storage.ApiDatabase.IsTransient(busy):
                Log.Busy(logger, busy, request.Method, request.Path);
                httpContext.Response.Headers.RetryAfter = "1";
                await Problems.Problems.Create(StatusCodes.Status503ServiceUnavailable, ProblemTypes.Unavailable, "The database is busy.", "Retry the request.")
                    .ExecuteAsync(httpContext);
                return true;
            case OperationCanceledException when httpContext.RequestAborted.IsCancellationRequested:
                return true;
            default:
                Log.Unhandled(logger, exception, request.Method, request.Path);
                await Problems.Problems.Create(StatusCodes.Status500InternalServerError, ProblemTypes.Internal, "Internal error.",
                    "The request failed; nothing was changed. The error is logged.").ExecuteAsync(httpContext);
                return true;
        }
    }
}
