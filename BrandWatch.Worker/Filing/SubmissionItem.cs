namespace BrandWatch.Worker.Filing;

/// <summary>One manual submission from <c>GET /api/submissions?after=</c>: a domain or URL a reviewer asked to check.</summary>
internal sealed record SubmissionItem(long Id, string Value, string? SubmittedBy, DateTimeOffset? SubmittedAt);
