using System.Text.Json;
using BrandWatch.Api.Reviews;

namespace BrandWatch.Api.Cases;

/// <summary>A case with its latest verdict, its full evidence history (oldest first) and its audit log.</summary>
public sealed record CaseDetail(CaseSummary Case, JsonElement Verdict, IReadOnlyList<EvidenceItem> Evidence, IReadOnlyList<AuditEntry> Audit);
