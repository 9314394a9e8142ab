namespace BrandWatch.Api.Enforcement;

/// <summary>One draft a case offers and where to fetch it.</summary>
public sealed record DraftLink(string Kind, string Href);
