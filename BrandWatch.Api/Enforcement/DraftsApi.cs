using BrandWatch.Api.Auth;
using BrandWatch.Api.Cases;
using BrandWatch.Api.Enforcement.Documents;
using BrandWatch.Api.Marks;
using BrandWatch.Api.Cases.Queries;

namespace BrandWatch.Api.Enforcement;

/// <summary>
/// Drafts for a case (<c>GET /api/cases/{id}/drafts/{kind}</c>), written from the latest verdict and filing as
/// Markdown for a lawyer to edit, or as PDF and DOCX made from that Markdown (<c>?format=pdf|docx</c>). Legal roles only: a draft argues a case, so it is the reviewer's tool.
/// </summary>
public static class DraftsApi
{
    public const string MediaType = "text/markdown";

    public static RouteGroupBuilder MapDraftsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/cases/{id:long}/drafts").WithTags("Enforcement");
        group.MapGet("/", (long id) => TypedResults.Ok(DraftKinds.All.Select(k => DraftLink.For(id, k)).ToArray()))
            .RequireAuthorization(Policies.ReviewCases);
        group.MapGet("/{kind}", GetAsync).RequireAuthorization(Policies.ReviewCases)
            .Produces<string>(StatusCodes.Status200OK, MediaType, DraftFormats.PdfMediaType, DraftFormats.DocxMediaType)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        routes.MapGet("/api/cases/{id:long}/abuse-routes", RoutesAsync).WithTags("Enforcement").RequireAuthorization(Policies.ReviewCases)
            .Produces<AbuseRouting>().ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    /// <summary>The parties who can act on the case, from the evidence already filed.</summary>
    private static async Task<IResult> RoutesAsync(long id, HttpContext context, CaseQueries cases, PartyDirectory directory, CancellationToken cancellationToken)
    {
        var history = await cases.GetHistoryAsync(id, context.User.GetCaller(), cancellationToken);
        return history is null ? Problems.Problems.NotFound($"Case {id}") : TypedResults.Ok(AbuseRouter.Route(history, directory));
    }

    private static async Task<IResult> GetAsync(long id, string kind, string? format, HttpContext context, CaseQueries cases, MarkStore marks,
        DraftTemplates templates, DraftFonts fonts, TimeProvider time, CancellationToken cancellationToken)
    {
        var wanted = DraftFormats.Parse(format);
        if (wanted is null)
        {
            return Problems.Problems.Validation("format", $"'{format}' is not a draft format; the formats are {string.Join(", ", DraftFormats.All)}.");
        }

        if (!DraftKinds.IsKnown(kind))
        {
            return Problems.Problems.Create(StatusCodes.Status404NotFound, Problems.ProblemTypes.NotFound, "Not found.",
                $"There is no draft '{kind}'; the kinds are {string.Join(", ", DraftKinds.All)}.",
                new Dictionary<string, object?> { ["field"] = "kind", ["kinds"] = DraftKinds.All });
        }

        var history = await cases.GetHistoryAsync(id, context.User.GetCaller(), cancellationToken);
        if (history is null)
        {
            return Problems.Problems.NotFound($"Case {id}");
        }

        var mark = await marks.GetAsync(history.Row.MarkId, cancellationToken);
        var model = DraftModel.Build(history, mark?.Name ?? history.Row.MarkId, time.GetUtcNow());
        var (source, origin) = await templates.FindAsync(kind, history.Row.Owner, cancellationToken);
        var (text, error) = await DraftRenderer.RenderAsync(source, model);
        if (text is null)
        {
            // The owner's template is broken: say which file and why, so that whoever edits it can fix it.
            return Problems.Problems.Create(StatusCodes.Status500InternalServerError, ProblemTypeTemplate, "The draft template cannot be used.",
                $"{origin}: {error}", new Dictionary<string, object?> { ["template"] = origin });
        }

        context.Response.Headers.CacheControl = "no-store";
        if (wanted == DraftFormats.Markdown)
        {
            return TypedResults.Text(text, MediaType + "; charset=utf-8");
        }

        var title = $"{kind} for {history.Row.Subject} (case {id})";
        var blocks = DraftMarkdown.Parse(text);
        var file = $"{kind}-case-{id}.{wanted}";
        if (wanted == DraftFormats.Docx)
        {
            return TypedResults.File(DraftDocxWriter.Write(blocks, title), DraftFormats.DocxMediaType, file);
        }

        var (set, problem) = fonts.Resolve();
        try
        {
            if (set is null)
            {
                throw new DraftFontException(problem ?? "No font for PDF drafts was found.");
            }

            return TypedResults.File(DraftPdfWriter.Write(blocks, set, title), DraftFormats.PdfMediaType, file);
        }
        catch (DraftFontException ex)
        {
            // The server lacks a font: say which and how to fix it; the Markdown and DOCX drafts still work.
            return Problems.Problems.Create(StatusCodes.Status503ServiceUnavailable, ProblemTypeFonts, "The PDF cannot be written on this server.",
                ex.Message, new Dictionary<string, object?> { ["formats"] = new[] { DraftFormats.Markdown, DraftFormats.Docx } });
        }
    }

    public const string ProblemTypeFonts = Problems.ProblemTypes.Base + "draft-fonts";

    public const string ProblemTypeTemplate = Problems.ProblemTypes.Base + "draft-template";
}
