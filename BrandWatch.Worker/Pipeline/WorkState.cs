using BrandWatch.Rules.Cases;
using BrandWatch.Rules.Evidence;
using BrandWatch.Rules.Screening;

namespace BrandWatch.Worker.Pipeline;

/// <summary>What a work item has gathered so far, persisted as JSON after every stage.</summary>
internal sealed record WorkState
{
    public required string Domain { get; init; }
    public required string Mark { get; init; }
    public IReadOnlyList<DomainMatch> Matches { get; init; } = [];
    public DnsEvidence? Dns { get; init; }
    public RegistrationEvidence? Registration { get; init; }
    public IReadOnlyList<PageEvidence> Pages { get; init; } = [];

    /// <summary>The filing built by the score stage; filed as is, so a retry sends the same bytes under the same key.</summary>
    public CaseFiling? Filing { get; init; }

    public string? IdempotencyKey { get; init; }
}
