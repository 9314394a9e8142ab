namespace BrandWatch.Worker.Feeds.CertificateTransparency;

/// <summary>
/// One log of the log list: its id (base64 SHA-256 of its key), its public key (DER SubjectPublicKeyInfo, empty when
/// the list gives none that decodes), the interface it serves, the URL it is read from (the RFC 6962 base URL, or the
/// static-ct-api monitoring prefix), its checkpoint origin (tiled logs), state and temporal interval.
/// </summary>
internal sealed record CtLog(string LogId, string Description, Uri Url, string State, DateTimeOffset? IntervalStart, DateTimeOffset? IntervalEnd)
{
    public byte[] Key { get; init; } = [];

    public CtLogKind Kind { get; init; } = CtLogKind.Rfc6962;

    /// <summary>Tiled logs: the submission prefix as a schema-less URL without trailing slash, which the checkpoint names.</summary>
    public string? Origin { get; init; }

    /// <summary>The id as bytes, or empty when it is not base64.</summary>
    public byte[] LogIdBytes
    {
        get
        {
            try
            {
                return Convert.FromBase64String(LogId);
            }
            catch (FormatException)
            {
                return [];
            }
        }
    }
}
