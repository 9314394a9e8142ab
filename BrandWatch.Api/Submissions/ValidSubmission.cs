namespace BrandWatch.Api.Submissions;

/// <summary>A submission that passed validation: its normalised value, kind (<c>domain</c> or <c>url</c>) and host.</summary>
internal sealed record ValidSubmission(string Value, string Kind, string Host, string? Note);
