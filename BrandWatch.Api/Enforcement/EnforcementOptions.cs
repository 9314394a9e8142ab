namespace BrandWatch.Api.Enforcement;

/// <summary>
/// Settings of the enforcement kit (section <c>Enforcement</c>). Without a templates folder the drafts use the
/// English templates shipped in the Api (the same files as <c>samples/templates/</c>).
/// </summary>
public sealed class EnforcementOptions
{
    public const string Section = "Enforcement";

    /// <summary>
    /// A folder of replacement templates: <c>{folder}/{owner-slug}/{kind}.md.liquid</c> for one owner, then
    /// <c>{folder}/{kind}.md.liquid</c> for every owner; a kind missing from both falls back to the shipped one.
    /// </summary>
    public string? TemplatesFolder { get; set; }

    /// <summary>
    /// A table of certificate authorities' problem-reporting addresses in the format of
    /// <c>samples/enforcement/certificate-authorities.json</c>, e.g. the copy the Worker's reference-data job keeps; unset
    /// or missing, the shipped table is used.
    /// </summary>
    public string? CertificateAuthoritiesFile { get; set; }

    /// <summary>A table of dispute policies per TLD in the format of <c>samples/enforcement/dispute-policies.json</c>; unset or missing, the shipped one.</summary>
    public string? DisputePoliciesFile { get; set; }

    /// <summary>
    /// A folder searched first for the TrueType fonts PDF drafts are embedded with (DejaVu Sans and Sans Mono, or
    /// Liberation, Noto, FreeFont; Droid Sans Fallback for CJK); unset, only the system's font folders are searched.
    /// </summary>
    public string? FontsFolder { get; set; }

    /// <summary>How long a party has to answer a report when the person recording it sets no date.</summary>
    public TimeSpan AnswerWithin { get; set; } = TimeSpan.FromDays(3);

    /// <summary>How long after the reminder an unanswered report is escalated.</summary>
    public TimeSpan EscalateAfter { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How often the follow-up looks for unanswered reports; zero turns it off.</summary>
    public TimeSpan FollowUpInterval { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>
    /// How long a site seen gone stays watched (from the first gone look) so that a return is caught; then its reports
    /// are closed as done with an audit line. Zero watches gone sites without end.
    /// </summary>
    public TimeSpan WatchGoneFor { get; set; } = TimeSpan.FromDays(90);

    /// <summary>The most cases one export (<c>GET /api/cases/export</c>) carries; a narrower filter or <c>limit</c> gets the rest.</summary>
    [System.ComponentModel.DataAnnotations.Range(1, 1_000_000)]
    public int ExportMaxCases { get; set; } = 10_000;

    public bool IsUsable() => string.IsNullOrWhiteSpace(TemplatesFolder) || Directory.Exists(TemplatesFolder);
}
