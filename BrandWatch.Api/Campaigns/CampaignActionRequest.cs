namespace BrandWatch.Api.Campaigns;

/// <summary>Body of <c>POST /api/campaigns/{id}/transitions</c>: one decision for the campaign's cases.</summary>
public sealed record CampaignActionRequest
{
    /// <summary>confirmed | dismissed | monitoring | in_review.</summary>
    public required string To { get; init; }

    public string? Note { get; init; }

    /// <summary>For dismissals, as for one case.</summary>
    public string? Reason { get; init; }

    /// <summary>The cases to act on; every case of the campaign when left out.</summary>
    public IReadOnlyList<long>? Cases { get; init; }
}
