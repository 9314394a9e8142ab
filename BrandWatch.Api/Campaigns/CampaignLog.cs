namespace BrandWatch.Api.Campaigns;

internal static partial class CampaignLog
{
    [LoggerMessage(EventId = 1601, Level = LogLevel.Information, Message = "Case {CaseId} scored again for campaign {CampaignId}: {Pattern} other look-alike(s), priority {Before} -> {After}")]
    public static partial void Rescored(ILogger logger, long caseId, long campaignId, int pattern, long before, long after);

    [LoggerMessage(EventId = 1602, Level = LogLevel.Warning, Message = "The campaign of case {CaseId} has more than {Limit} cases; it was updated in part")]
    public static partial void CampaignCut(ILogger logger, long caseId, int limit);
}
