namespace BrandWatch.Api.Alerts;

/// <summary>A delivery (or dead letter) as the Api shows it.</summary>
public sealed record DeliveryResponse
{
    public required string Id { get; init; }
    public required long SubscriptionId { get; init; }
    public required string Owner { get; init; }
    public required string Channel { get; init; }
    public required string Target { get; init; }
    public required string Digest { get; init; }
    public required IReadOnlyList<long> EventIds { get; init; }
    public required string Status { get; init; }
    public required int Attempts { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public required DateTimeOffset NextAttemptAt { get; init; }
    public DateTimeOffset? LastAttemptAt { get; init; }
    public string? LastError { get; init; }
    public DateTimeOffset? DeliveredAt { get; init; }
    public DateTimeOffset? DeadAt { get; init; }
    public int RedriveCount { get; init; }
    public DateTimeOffset? RedrivenAt { get; init; }
    public string? RedrivenBy { get; init; }

    public static DeliveryResponse From(Delivery d) => From(d, detailed: true);

    /// <summary>
    /// The delivery as a caller sees it: admins get the stored error as it is; tenants get a generic one, because a
    /// connection error names internal addresses, ports and relay replies (the detail stays in the log and for admins).
    /// </summary>
    public static DeliveryResponse From(Delivery d, bool detailed)
    {
        ArgumentNullException.ThrowIfNull(d);
        return new DeliveryResponse
        {
            Id = d.Id,
            SubscriptionId = d.SubscriptionId,
            Owner = d.Owner,
            Channel = d.Channel,
            Target = d.Target,
            Digest = d.Digest,
            EventIds = d.EventIds,
            Status = d.Status,
            Attempts = d.Attempts,
            CreatedAt = d.CreatedAt,
            NextAttemptAt = d.NextAttemptAt,
            LastAttemptAt = d.LastAttemptAt,
            LastError = detailed ? d.LastError : ForTenant(d.LastError),
            DeliveredAt = d.DeliveredAt,
            DeadAt = d.DeadAt,
            RedriveCount = d.RedriveCount,
            RedrivenAt = d.RedrivenAt,
            RedrivenBy = d.RedrivenBy,
        };
    }

    /// <summary>What a tenant may read of a delivery error: the HTTP status its own receiver answered, or a category.</summary>
    internal static string? ForTenant(string? error)
    {
        if (error is null)
        {
            return null;
        }

        const string More = " (the administrator's delivery log has the details)";
        var http = System.Text.RegularExpressions.Regex.Match(error, "^HTTP [0-9]{3}");
        if (http.Success)
        {
            return http.Value + (error.Contains("redirect", StringComparison.Ordinal) ? ": redirects are not followed" : string.Empty);
        }

        if (error.StartsWith("no answer within", StringComparison.Ordinal))
        {
            return "the receiver did not answer in time" + More;
        }

        if (error.Contains(" refused: ", StringComparison.Ordinal) && error.StartsWith("webhook target", StringComparison.Ordinal))
        {
            return "the webhook target is not an address or port this server may connect to" + More;
        }

        if (error.StartsWith("SMTP", StringComparison.Ordinal))
        {
            return "the e-mail relay did not accept the message" + More;
        }

        if (error == "subscription deleted")
        {
            return error;
        }

        return "the receiver could not be reached" + More;
    }
}
