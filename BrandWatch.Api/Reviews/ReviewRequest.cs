namespace BrandWatch.Api.Reviews;

/// <summary>Body of <c>POST /api/cases/{id}/transitions</c>.</summary>
public sealed record ReviewRequest
{
    /// <summary>The status to move to.</summary>
    public required string To { get; init; }

    /// <summary>Why; required for every decision except starting a review.</summary>
    public string? Note { get; init; }

    /// <summary>For dismissals: own-rights | legitimate-interest | fair-use | not-similar | predates-mark.</summary>
    public string? Reason { get; init; }

    /// <summary>For actioned: cease-and-desist-sent | takedown-requested | udrp-filed | transferred | settled.</summary>
    public string? Action { get; init; }
}
