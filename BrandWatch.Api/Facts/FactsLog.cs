namespace BrandWatch.Api.Facts;

/// <summary>Log messages of reviewer facts and evidence signing (event ids 40–49, kept apart from Log.cs so features do not collide).</summary>
internal static partial class FactsLog
{
    [LoggerMessage(EventId = 40, Level = LogLevel.Information, Message = "Case {CaseId} facts v{Version} by {Actor}: priority {Before} -> {After}, action {Action}")]
    public static partial void FactsStated(ILogger logger, long caseId, long version, int before, int after, string action, string actor);

    [LoggerMessage(EventId = 41, Level = LogLevel.Information, Message = "Evidence signing key {KeyId} created at {Path}")]
    public static partial void SigningKeyCreated(ILogger logger, string keyId, string path);
}
