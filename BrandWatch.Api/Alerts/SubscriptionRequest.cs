namespace BrandWatch.Api.Alerts;

/// <summary>
/// The body of <c>POST /api/subscriptions</c> and <c>PUT /api/subscriptions/{id}</c>. Give exactly one channel:
/// <see cref="WebhookUrl"/> or <see cref="Email"/>. Empty lists mean "all".
/// </summary>
public sealed record SubscriptionRequest
{
    public string? Name { get; init; }

    /// <summary>The mark owner (tenant). Admins must give it; a brand manager's key decides it.</summary>
    public string? Owner { get; init; }

    /// <summary>Mark ids of the owner; empty or absent for every mark of the owner, present and future.</summary>
    public IReadOnlyList<string>? Marks { get; init; }

    /// <summary>case-filed, priority-raised, reviewed, actioned, resolved; empty or absent for all.</summary>
    public IReadOnlyList<string>? Events { get; init; }

    /// <summary>domain, deep-link, framing, meta-tags, phishing; empty or absent for all.</summary>
    public IReadOnlyList<string>? Kinds { get; init; }

    /// <summary>unlikely, possible, likely; empty or absent for all.</summary>
    public IReadOnlyList<string>? Outcomes { get; init; }

    /// <summary>Recommended actions (abuse-takedown, udrp-transfer, …); empty or absent for all.</summary>
    public IReadOnlyList<string>? Actions { get; init; }

    /// <summary>content, ct, nrd, zone, submission, none (the filer did not say); empty or absent for all.</summary>
    public IReadOnlyList<string>? Sources { get; init; }

    /// <summary>
    /// true: only names first seen since <see cref="NewSince"/>, or since the subscription was made when that is absent;
    /// names a mark already had a case for (back after it was resolved) are left out. Default false: every name.
    /// </summary>
    public bool? NewOnly { get; init; }

    /// <summary>ISO 8601 date or time; implies <see cref="NewOnly"/>.</summary>
    public string? NewSince { get; init; }

    /// <summary>Only cases with at least this priority (0–100). Default 0.</summary>
    public int? MinPriority { get; init; }

    /// <summary>Only cases with at least this outcome: unlikely (default), possible, likely.</summary>
    public string? MinOutcome { get; init; }

    /// <summary>immediate (default), hourly or daily.</summary>
    public string? Delivery { get; init; }

    public string? WebhookUrl { get; init; }

    /// <summary>The HMAC key for webhook signatures (16–256 characters); generated and shown once when absent.</summary>
    public string? Secret { get; init; }

    /// <summary>Webhook body format: json (default), slack or teams.</summary>
    public string? Format { get; init; }

    public string? Email { get; init; }
}
