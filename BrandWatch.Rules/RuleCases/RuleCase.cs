using BrandWatch.Rules.Evidence;
using BrandWatch.Rules.Marks;

namespace BrandWatch.Rules.RuleCases;

/// <summary>One parsed rule case: the marks, the subject, the recorded evidence and the expected outcome.</summary>
public sealed record RuleCase
{
    /// <summary>The case's name (the file name without .json unless the file names itself).</summary>
    public required string Name { get; init; }

    public required string File { get; init; }

    public string? Description { get; init; }

    /// <summary>Where the facts come from (a decision number, a court case).</summary>
    public string? Source { get; init; }

    /// <summary>The published decision the case is rebuilt from, when there is one (panel agreement).</summary>
    public PanelDecision? Panel { get; init; }

    /// <summary>The marks in play; the first (or the one named by "mark") is the one scored.</summary>
    public required IReadOnlyList<Mark> Marks { get; init; }

    public required Mark ScoredMark { get; init; }

    /// <summary>The domain or the page URL.</summary>
    public required string Subject { get; init; }

    public required DateTimeOffset Now { get; init; }

    public DnsEvidence? Dns { get; init; }

    public RegistrationEvidence? Registration { get; init; }

    public IReadOnlyList<RuleCasePage> Pages { get; init; } = [];

    public IReadOnlyList<string>? RegistrantOtherDomains { get; init; }

    public ReviewerFacts? Reviewer { get; init; }

    public required RuleCaseExpectation Expect { get; init; }
}
