namespace BrandWatch.Api.Evidence;

internal enum EvidenceFileUploadStatus
{
    Created,
    AlreadyStored,
    TooLarge,
    DigestMismatch,
}
