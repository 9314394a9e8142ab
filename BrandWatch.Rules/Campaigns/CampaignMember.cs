namespace BrandWatch.Rules.Campaigns;

/// <summary>A case as campaign grouping sees it: its id, the host of its subject and its features.</summary>
public sealed record CampaignMember(long CaseId, string Host, IReadOnlyList<CampaignFeature> Features);
