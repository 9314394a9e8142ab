namespace BrandWatch.Api.Alerts;

/// <summary>
/// A delivery (or dead letter) as the Api shows it: the stored delivery without its lane and format, and with the
/// error a tenant may read (<see cref="ForTenant"/>) unless the caller is an admin.
/// </summary>
public sealed class DeliveryResponse(Delivery delivery, bool detailed)
{
    public string Id => delivery.Id;
    public long SubscriptionId => delivery.SubscriptionId;
    public string Owner => delivery.Owner;
    public string Channel => delivery.Channel;
    public string Target => delivery.Target;
    public string Digest => delivery.Digest;
    public IReadOnlyList<long> EventIds => delivery.EventIds;
    public string Status => delivery.Status;
    public int Attempts => delivery.Attempts;
    public DateTimeOffset CreatedAt => delivery.CreatedAt;
    public DateTimeOffset NextAttemptAt => delivery.NextAttemptAt;
    public DateTimeOffset? LastAttemptAt => delivery.LastAttemptAt;
    public string? LastError => detailed ? delivery.LastError : ForTenant(delivery.LastError);
    public DateTimeOffset? DeliveredAt => delivery.DeliveredAt;
    public DateTimeOffset? DeadAt => delivery.DeadAt;
    public int RedriveCount => delivery.RedriveCount;
    public DateTimeOffset? RedrivenAt => delivery.RedrivenAt;
    public string? RedrivenBy => delivery.RedrivenBy;

    public static DeliveryResponse From(Delivery d) => From(d, detailed: true);

    /// <summary>
    /// The delivery as a caller sees it: admins get the stored error as it is; tenants get a generic one, because a
    /// connection error names internal addresses, ports and relay replies (the detail stays in the log and for admins).
    /// </summary>
    public static DeliveryResponse From(Delivery d, bool detailed)
    {
        ArgumentNullException.ThrowIfNull(d);
        return new DeliveryResponse(d, detailed);
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
