using System.Text.Json;
using BrandWatch.Api.Reviews;

namespace BrandWatch.Api.Cases.Queries;

/// <summary>
/// A case read in one snapshot: its row, latest verdict, its newest evidence items with their raw bodies (oldest of
/// those first), audit log, and how many filings it has in all.
/// </summary>
internal sealed record CaseHistory(CaseRow Row, JsonElement Verdict, IReadOnlyList<EvidenceItem> Evidence, IReadOnlyList<byte[]> RawBodies, IReadOnlyList<AuditEntry> Audit, int FilingCount);
