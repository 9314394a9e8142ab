namespace BrandWatch.Api.Evidence;

/// <summary>How an upload ended; <see cref="ActualSha256"/> is set when the body's hash was not its name.</summary>
internal sealed record EvidenceFileUpload(EvidenceFileUploadStatus Status, EvidenceFileRow? File, string? ActualSha256 = null);
