namespace BrandWatch.Api.Evidence;

/// <summary>
/// One certificate that showed a case's name in CT logs, as the manifest states it: its SHA-256, issuer and subject
/// alternative names, when it was first and last seen, and every log entry that holds it. Made from sightings.json.
/// </summary>
public sealed record ManifestCertificate(
    string? Sha256,
    string? Issuer,
    IReadOnlyList<string>? SubjectAlternativeNames,
    DateTimeOffset FirstSeenAt,
    DateTimeOffset LastSeenAt,
    IReadOnlyList<ManifestLogEntry> Entries)
{
    /// <summary>The CT sightings grouped by certificate, in the order they were first seen; other sources are left out.</summary>
    public static IReadOnlyList<ManifestCertificate> Of(IEnumerable<Sightings.SightingItem> sightings)
    {
        ArgumentNullException.ThrowIfNull(sightings);
        return sightings
            .Where(s => s.Log is not null || s.CertificateSha256 is not null)
            .GroupBy(s => s.CertificateSha256 ?? string.Empty, StringComparer.Ordinal)
            .Select(g =>
            {
                var ordered = g.OrderBy(s => s.SeenAt).ThenBy(s => s.Id).ToList();
                // Sightings reported before issuers were kept have none: take the description any entry of the certificate has.
                var described = ordered.FirstOrDefault(s => s.Issuer is not null || s.SubjectAlternativeNames is not null);
                return new ManifestCertificate(
                    g.Key.Length == 0 ? null : g.Key,
                    described?.Issuer,
                    described?.SubjectAlternativeNames,
                    ordered[0].SeenAt,
                    ordered[^1].SeenAt,
                    ordered.Select(s => new ManifestLogEntry(s.Log, s.Index, s.SeenAt)).ToList());
            })
            .OrderBy(c => c.FirstSeenAt)
            .ThenBy(c => c.Sha256, StringComparer.Ordinal)
            .ToList();
    }
}
