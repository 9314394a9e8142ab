namespace BrandWatch.Rules.Campaigns;

/// <summary>A feature two or more cases of a campaign share, with the cases that have it.</summary>
public sealed record SharedFeature(CampaignFeatureKind Kind, string Value, IReadOnlyList<long> CaseIds);
