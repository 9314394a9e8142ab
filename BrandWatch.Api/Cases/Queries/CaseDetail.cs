using System.Text.Json;
using BrandWatch.Api.Reviews;

namespace BrandWatch.Api.Cases.Queries;

/// <summary>
/// A case with its latest verdict, its newest filings (at most 50, oldest of those first) and its audit log. When the
/// case has more filings, <c>EvidenceTotal</c> says how many and <c>EvidenceHistory</c> is the paged list of them all.
/// </summary>
public sealed record CaseDetail(CaseSummary Case, JsonElement Verdict, IReadOnlyList<EvidenceItem> Evidence, IReadOnlyList<AuditEntry> Audit)
{
    public int? EvidenceTotal { get; init; }

    public string? EvidenceHistory { get; init; }
}
