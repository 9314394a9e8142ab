namespace BrandWatch.Api.Submissions;

/// <summary>The body of <c>POST /api/submissions</c>: a domain or an absolute http(s) URL, and an optional note.</summary>
public sealed record SubmissionRequest
{
    public required string Value { get; init; }

    public string? Note { get; init; }
}
