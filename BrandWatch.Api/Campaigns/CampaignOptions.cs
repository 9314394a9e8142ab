using System.ComponentModel.DataAnnotations;

namespace BrandWatch.Api.Campaigns;

/// <summary>Settings of campaign grouping (section <c>Campaigns</c>).</summary>
public sealed class CampaignOptions
{
    public const string Section = "Campaigns";

    /// <summary>
    /// A name-server set, address, certificate or page template seen on more sites than this (across every owner) is
    /// shared infrastructure (a large host, a CDN, a site builder) and joins no cases. Registrants have no limit.
    /// </summary>
    [Range(2, 100_000)]
    public int SharedInfrastructureSites { get; set; } = 20;

    /// <summary>The most cases a filing walks when it updates its campaign; a larger campaign is updated in part.</summary>
    [Range(2, 100_000)]
    public int MaxCampaignCases { get; set; } = 500;
}
