namespace BrandWatch.Api.Campaigns;

/// <summary>What a campaign decision did to one case: moved (with the statuses passed through) or skipped, and why.</summary>
public sealed record CampaignActionResult(long CaseId, string From, string Status, bool Moved, string? Detail, string? ETag);
