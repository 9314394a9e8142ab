namespace BrandWatch.Api.Campaigns;

/// <summary>A campaign: the cases of one owner joined by shared features. Its id is its lowest case id.</summary>
public sealed record CampaignResponse
{
    public required long Id { get; init; }
    public required string Owner { get; init; }
    public required IReadOnlyList<CampaignCase> Cases { get; init; }
    public required IReadOnlyList<CampaignFeatureResponse> Shared { get; init; }
}
