using BrandWatch.Api.Cases.Filing;
using BrandWatch.Api.Cases.Queries;

namespace BrandWatch.Api.Cases;

/// <summary>
/// Cases under <c>/api/cases</c>: filing, one or a batch (idempotent, <see cref="FilingApi"/>, <see cref="BatchFilingApi"/>),
/// and the reads: list with filters and a cursor, status counts, one case with its full history (<see cref="CaseQueriesApi"/>).
/// </summary>
public static class CasesApi
{
    public const long MaxFilingBytes = 1024 * 1024;
    public const int MaxFilingString = 64 * 1024;
    public const int MaxIdempotencyKeyLength = 200;

    public static RouteGroupBuilder MapCasesApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/cases").WithTags("Cases");
        group.MapFiling();
        group.MapBatchFiling();
        group.MapCaseQueries();
        return group;
    }
}
