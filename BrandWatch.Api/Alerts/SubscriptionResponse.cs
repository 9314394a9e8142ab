namespace BrandWatch.Api.Alerts;

/// <summary>
/// A subscription as the Api shows it: the stored subscription without its secret, except in the answer that created
/// or set it.
/// </summary>
public sealed class SubscriptionResponse(Subscription subscription, string? revealSecret = null)
{
    public long Id => subscription.Id;
    public string Owner => subscription.Owner;
    public string Name => subscription.Name;
    public IReadOnlyList<string> Marks => subscription.Marks;
    public IReadOnlyList<string> Events => subscription.Events;
    public IReadOnlyList<string> Kinds => subscription.Kinds;
    public IReadOnlyList<string> Outcomes => subscription.Outcomes;
    public IReadOnlyList<string> Actions => subscription.Actions;
    public IReadOnlyList<string> Sources => subscription.Sources;

    /// <summary>Whether only new names are sent.</summary>
    public bool NewOnly => NewSince is not null;

    /// <summary>Names first seen before this time are not sent; null when every name is.</summary>
    public DateTimeOffset? NewSince => subscription.NewSince;

    public int MinPriority => subscription.MinPriority;
    public string MinOutcome => subscription.MinOutcome;
    public string Delivery => subscription.Delivery;
    public string Channel => subscription.Channel;
    public string? WebhookUrl => subscription.WebhookUrl;
    public string? Email => subscription.Email;
    public string Format => subscription.Format;

    /// <summary>The secret, only right after it was generated or replaced.</summary>
    public string? Secret => revealSecret;

    public string CreatedBy => subscription.CreatedBy;
    public DateTimeOffset CreatedAt => subscription.CreatedAt;
    public DateTimeOffset UpdatedAt => subscription.UpdatedAt;

    public static SubscriptionResponse From(Subscription subscription, string? revealSecret = null)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        return new SubscriptionResponse(subscription, revealSecret);
    }
}
