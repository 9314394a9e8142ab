using BrandWatch.Api.Http;
using BrandWatch.Api.Storage;
using BrandWatch.Time;

namespace BrandWatch.Api.Cases;

/// <summary>A row of the cases table.</summary>
internal sealed class CaseRow
{
    /// <summary>One case by its id.</summary>
    internal const string SelectById = "SELECT " + Columns + " FROM cases c WHERE c.id = @Id";

    /// <summary>The verdict of one case by its id.</summary>
    internal const string SelectVerdictById = "SELECT verdict FROM cases WHERE id = @Id";

    public long Id { get; set; }
    public string MarkId { get; set; } = string.Empty;
    public string Owner { get; set; } = string.Empty;
    public string Subject { get; set; } = string.Empty;
    public string Kind { get; set; } = string.Empty;
    public string? Source { get; set; }
    public string Domain { get; set; } = string.Empty;
    public string Status { get; set; } = string.Empty;
    public long Priority { get; set; }
    public long? ReviewedPriority { get; set; }
    public string Outcome { get; set; } = string.Empty;
    public string Action { get; set; } = string.Empty;
    public string ActionReason { get; set; } = string.Empty;
    public double Overall { get; set; }
    public double Act { get; set; }
    public double Damage { get; set; }
    public double Causation { get; set; }
    public double Fault { get; set; }
    public string RuleVersion { get; set; } = string.Empty;
    public string Verdict { get; set; } = "{}";
    public string? ActionTaken { get; set; }
    public string? DismissalReason { get; set; }
    public long Version { get; set; }
    public long Filings { get; set; }
    public string FiledAt { get; set; } = string.Empty;
    public string UpdatedAt { get; set; } = string.Empty;
    public string ObservedAt { get; set; } = string.Empty;
    public string? FirstSeenAt { get; set; }
    public long? PredecessorId { get; set; }

    public const string Columns =
        "c.id AS Id, c.mark_id AS MarkId, c.owner AS Owner, c.subject AS Subject, c.kind AS Kind, c.source AS Source, c.domain AS Domain, c.status AS Status, " +
        "c.priority AS Priority, c.reviewed_priority AS ReviewedPriority, c.outcome AS Outcome, c.action AS Action, c.action_reason AS ActionReason, " +
        "c.overall AS Overall, c.act AS Act, c.damage AS Damage, c.causation AS Causation, c.fault AS Fault, c.rule_version AS RuleVersion, " +
        "c.action_taken AS ActionTaken, c.dismissal_reason AS DismissalReason, c.version AS Version, c.filings AS Filings, " +
        "c.filed_at AS FiledAt, c.updated_at AS UpdatedAt, c.observed_at AS ObservedAt, c.first_seen_at AS FirstSeenAt, c.predecessor_id AS PredecessorId";

    public string ETag => ETags.ForVersion("c", Version);

    public CaseSummary ToSummary() => new()
    {
        Id = Id,
        Mark = MarkId,
        Owner = Owner,
        Subject = Subject,
        Kind = Kind,
        Source = Source,
        Domain = Domain,
        Status = Status,
        Priority = (int)Priority,
        ReviewedPriority = (int?)ReviewedPriority,
        Outcome = Outcome,
        RecommendedAction = Action,
        ActionReason = ActionReason,
        Overall = Overall,
        Elements = new ElementScores(Act, Damage, Causation, Fault),
        RuleVersion = RuleVersion,
        ActionTaken = ActionTaken,
        DismissalReason = DismissalReason,
        Version = Version,
        Filings = Filings,
        FiledAt = StoredTime.Parse(FiledAt),
        UpdatedAt = StoredTime.Parse(UpdatedAt),
        ObservedAt = StoredTime.Parse(ObservedAt),
        FirstSeenAt = FirstSeenAt is null ? null : StoredTime.Parse(FirstSeenAt),
        Predecessor = PredecessorId,
        Link = $"/cases/{Id}",
    };
}
