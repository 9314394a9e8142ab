namespace BrandWatch.Worker.Filing;

/// <summary>The body of <c>GET /api/submissions</c>: submissions with an id above <c>after</c>, oldest first.</summary>
internal sealed record SubmissionPage(IReadOnlyList<SubmissionItem> Items);
