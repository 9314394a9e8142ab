namespace BrandWatch.Api.Enforcement;

/// <summary>One draft a case offers and where to fetch it: <c>Href</c> answers Markdown, <c>Downloads</c> each format.</summary>
public sealed record DraftLink(string Kind, string Href, IReadOnlyDictionary<string, string> Downloads)
{
    public static DraftLink For(long caseId, string kind)
    {
        var href = $"/api/cases/{caseId}/drafts/{kind}";
        return new DraftLink(kind, href, Documents.DraftFormats.All.ToDictionary(f => f, f => $"{href}?format={f}"));
    }
}
