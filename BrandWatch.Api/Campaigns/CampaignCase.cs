namespace BrandWatch.Api.Campaigns;

/// <summary>One case of a campaign as the Api shows it, with the look-alikes its pattern criterion (F4) counted.</summary>
public sealed record CampaignCase
{
    public required long Id { get; init; }
    public required string MarkId { get; init; }
    public required string Subject { get; init; }
    public required string Status { get; init; }
    public required long Priority { get; init; }
    public required string Outcome { get; init; }
    public required string Action { get; init; }

    /// <summary>The other members under common control with this case (the registrant's pattern, F4).</summary>
    public IReadOnlyList<string> Pattern { get; init; } = [];
}
