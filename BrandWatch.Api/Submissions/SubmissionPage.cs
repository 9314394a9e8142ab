namespace BrandWatch.Api.Submissions;

/// <summary>A page of submissions: <c>{"items":[…]}</c>.</summary>
public sealed record SubmissionPage(IReadOnlyList<SubmissionResponse> Items);
