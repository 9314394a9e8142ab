namespace BrandWatch.Api.Enforcement;

/// <summary>Records a report as sent (<c>POST /api/cases/{id}/actions</c>); <c>SentAt</c> defaults to now.</summary>
public sealed record TakedownRequest
{
    /// <summary>registrar | host | registrant | provider | certificate-authority | registry.</summary>
    public string? Party { get; init; }

    /// <summary>Whom it went to: an abuse address, an IP address, a provider's case number.</summary>
    public string? Target { get; init; }

    public DateTimeOffset? SentAt { get; init; }
    public string? Note { get; init; }

    /// <summary>The date by which the party should answer; defaults to <c>SentAt</c> plus <c>Enforcement:AnswerWithin</c>.</summary>
    public DateTimeOffset? AnswerDueAt { get; init; }
}

/// <summary>Moves an action forward (<c>POST /api/cases/{id}/actions/{actionId}/transitions</c>); <c>At</c> defaults to now.</summary>
public sealed record TakedownTransition
{
    /// <summary>acknowledged | refused | resolved.</summary>
    public string? To { get; init; }

    public DateTimeOffset? At { get; init; }

    /// <summary>The reply or a ticket number; replaces the action's note when given.</summary>
    public string? Note { get; init; }
}
