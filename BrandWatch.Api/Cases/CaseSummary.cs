namespace BrandWatch.Api.Cases;

/// <summary>A case as lists and filing answers show it: the latest verdict's figures and the review state.</summary>
public sealed record CaseSummary
{
    public required long Id { get; init; }
    public required string Mark { get; init; }
    public required string Owner { get; init; }
    public required string Subject { get; init; }

    /// <summary>domain | deep-link | framing | meta-tags | phishing.</summary>
    public required string Kind { get; init; }

    /// <summary>content | ct | nrd | zone | submission: the watch that first filed the case; absent when the filer did not say.</summary>
    public string? Source { get; init; }

    /// <summary>The subject's host name in ASCII.</summary>
    public required string Domain { get; init; }

    /// <summary>new | in_review | confirmed | dismissed | monitoring | actioned | resolved.</summary>
    public required string Status { get; init; }

    public required int Priority { get; init; }

    /// <summary>The priority when a reviewer last decided; a filing above it reopens the case.</summary>
    public int? ReviewedPriority { get; init; }

    /// <summary>unlikely | possible | likely.</summary>
    public required string Outcome { get; init; }

    public required string RecommendedAction { get; init; }
    public required string ActionReason { get; init; }
    public required double Overall { get; init; }
    public required ElementScores Elements { get; init; }
    public required string RuleVersion { get; init; }
    public string? ActionTaken { get; init; }
    public string? DismissalReason { get; init; }

    /// <summary>Changes with every filing and transition; the ETag is <c>"c-{version}"</c>.</summary>
    public required long Version { get; init; }

    /// <summary>How many filings (evidence snapshots) the case holds.</summary>
    public required long Filings { get; init; }

    public required DateTimeOffset FiledAt { get; init; }
    public required DateTimeOffset UpdatedAt { get; init; }
    public required DateTimeOffset ObservedAt { get; init; }

    /// <summary>When the case's name was first seen for its mark: its earliest sighting or earliest case.</summary>
    public DateTimeOffset? FirstSeenAt { get; init; }

    /// <summary>The resolved case of the same mark, name and kind that this one follows: the name came back after it.</summary>
    public long? Predecessor { get; init; }

    /// <summary>The review page of the case.</summary>
    public required string Link { get; init; }
}
