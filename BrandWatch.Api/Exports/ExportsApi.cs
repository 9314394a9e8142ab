using BrandWatch.Api.Auth;
using BrandWatch.Api.Cases;
using BrandWatch.Api.Enforcement;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using BrandWatch.Api.Cases.Queries;

namespace BrandWatch.Api.Exports;

/// <summary>
/// <c>GET /api/cases/export?format=stix|misp|thehive|csv</c> with the case list's filters (status, mark, owner,
/// outcome, action, kind, source, minPriority, maxPriority, filedSince, q, cursor), <c>tlp=clear|green|amber|red</c>
/// (default amber) and <c>limit</c> (default and most: <c>Enforcement:ExportMaxCases</c>). The caller sees only the
/// owners of its key, as in the list. The file streams as it is read; <c>X-Total-Count</c> says how many cases matched
/// and <c>X-Export-Count</c> how many the file holds (fewer when the bound cut it).
/// </summary>
public static class ExportsApi
{
    public static RouteHandlerBuilder MapExportsApi(this IEndpointRouteBuilder routes) =>
        routes.MapGet("/api/cases/export", ExportAsync).WithTags("Cases").RequireAuthorization(Policies.ReadCases)
            .Produces(StatusCodes.Status200OK, contentType: "application/json", additionalContentTypes: ["application/stix+json", "text/csv"])
            .ProducesProblem(StatusCodes.Status400BadRequest);

    private static readonly string[] OwnParameters = ["format", "tlp", "limit"];

    private static async Task<IResult> ExportAsync(HttpContext context, ExportStore store, IOptions<EnforcementOptions> options, TimeProvider time, CancellationToken cancellationToken)
    {
        var request = context.Request.Query;
        var errors = new Dictionary<string, string[]>();
        var format = request["format"].ToString();
        if (!ExportFormat.All.Contains(format, StringComparer.Ordinal))
        {
            errors["format"] = [$"must be one of {string.Join(", ", ExportFormat.All)}"];
        }

        var tlpText = request["tlp"].ToString();
        var tlp = tlpText.Length == 0 ? ExportTlp.Default : ExportTlp.Find(tlpText);
        if (tlp is null)
        {
            errors["tlp"] = [$"must be one of {string.Join(", ", ExportTlp.All.Select(t => t.Name))}"];
        }

        var bound = options.Value.ExportMaxCases;
        var limit = bound;
        var limitText = request["limit"].ToString();
        if (limitText.Length > 0 && (!int.TryParse(limitText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out limit) || limit < 1 || limit > bound))
        {
            errors["limit"] = [$"must be a whole number from 1 to {bound}"];
        }

        // The list's own parser reads the filters, so an export selects exactly what the list shows.
        var filters = new QueryCollection(request.Where(p => !OwnParameters.Contains(p.Key, StringComparer.Ordinal)).ToDictionary(p => p.Key, p => p.Value));
        var (query, filterErrors) = CaseQueryParser.Parse(filters);
        foreach (var (field, messages) in filterErrors)
        {
            errors[field] = messages;
        }

        if (errors.Count > 0 || query is null || tlp is null)
        {
            return Problems.Problems.Validation(errors);
        }

        var caller = context.User.GetCaller();
        var total = await store.CountAsync(query, caller, cancellationToken);
        var now = time.GetUtcNow();
        var exportContext = new ExportContext(
            tlp,
            now,
            $"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}",
            string.Join('&', filters.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value.ToString())}")),
            caller.SeesAllOwners ? "*" : string.Join(',', caller.Owners.Order(StringComparer.Ordinal)));

        var response = context.Response;
        response.ContentType = ExportFormat.MediaType(format);
        response.Headers.ContentDisposition = $"attachment; filename=\"{ExportFormat.FileName(format, now)}\"";
        response.Headers.CacheControl = "no-store";
        response.Headers["X-Total-Count"] = total.ToString(System.Globalization.CultureInfo.InvariantCulture);
        response.Headers["X-Export-Count"] = Math.Min(total, limit).ToString(System.Globalization.CultureInfo.InvariantCulture);
        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();

        await using (var writer = Writer(format, response.Body, exportContext))
        {
            await writer.StartAsync(cancellationToken);
            await foreach (var item in store.ReadAsync(query, caller, limit, cancellationToken))
            {
                await writer.WriteAsync(item, cancellationToken);
            }

            await writer.EndAsync(cancellationToken);
        }

        return Results.Empty;
    }

    private static IExportWriter Writer(string format, Stream body, ExportContext context) => format switch
    {
        ExportFormat.Stix => new StixWriter(body, context),
        ExportFormat.Misp => new MispWriter(body, context),
        ExportFormat.TheHive => new TheHiveWriter(body, context),
        _ => new CsvExportWriter(body, context),
    };
}
