namespace BrandWatch.Worker.Content;

/// <summary>A domain waiting for content screening (a row of <c>content_item</c>).</summary>
internal sealed record ContentItem(long Id, string Domain, string Origin, long Attempts);
