namespace BrandWatch.Api.Campaigns;

/// <summary>A feature two or more cases of a campaign share: its kind (kebab-case), its normalised value and the cases.</summary>
public sealed record CampaignFeatureResponse(string Kind, string Value, IReadOnlyList<long> CaseIds, bool ShowsControl);
