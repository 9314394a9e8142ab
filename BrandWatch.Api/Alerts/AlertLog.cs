using Microsoft.Extensions.Logging;

namespace BrandWatch.Api.Alerts;

internal static partial class AlertLog
{
    [LoggerMessage(1, LogLevel.Information, "Alert dispatcher started (poll {PollInterval}, give up after {GiveUpAfter})")]
    public static partial void Started(ILogger logger, TimeSpan pollInterval, TimeSpan giveUpAfter);

    [LoggerMessage(2, LogLevel.Debug, "Fanned out {Count} case events")]
    public static partial void FannedOut(ILogger logger, int count);

    [LoggerMessage(3, LogLevel.Information, "Created {Count} digest deliveries")]
    public static partial void DigestsCreated(ILogger logger, int count);

    [LoggerMessage(4, LogLevel.Debug, "Delivered {DeliveryId} to {Lane} (attempt {Attempt})")]
    public static partial void Delivered(ILogger logger, string deliveryId, string lane, int attempt);

    [LoggerMessage(5, LogLevel.Warning, "Delivery {DeliveryId} to {Lane} failed (attempt {Attempt}), retrying at {NextAttempt}: {Error}")]
    public static partial void Retrying(ILogger logger, string deliveryId, string lane, int attempt, DateTimeOffset nextAttempt, string error);

    [LoggerMessage(6, LogLevel.Error, "Delivery {DeliveryId} to {Lane} is a dead letter after {Attempt} attempts: {Error}")]
    public static partial void DeadLetter(ILogger logger, string deliveryId, string lane, int attempt, string error);

    [LoggerMessage(7, LogLevel.Error, "Alert dispatcher round failed; retrying at the next poll")]
    public static partial void RoundFailed(ILogger logger, Exception exception);

    [LoggerMessage(8, LogLevel.Error, "Delivery {DeliveryId} to {Lane} failed unexpectedly; it stays pending")]
    public static partial void DeliveryCrashed(ILogger logger, string deliveryId, string lane, Exception exception);
}
