using System.Text.Json;
using BrandWatch.Api.Reviews;

namespace BrandWatch.Api.Cases;

/// <summary>A case read in one snapshot: its row, latest verdict, evidence items with their raw bodies, audit log.</summary>
internal sealed record CaseHistory(CaseRow Row, JsonElement Verdict, IReadOnlyList<EvidenceItem> Evidence, IReadOnlyList<byte[]> RawBodies, IReadOnlyList<AuditEntry> Audit);
