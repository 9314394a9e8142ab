using System.ComponentModel.DataAnnotations;

namespace BrandWatch.Worker.Jobs;

/// <summary>Schedules (Quartz cron expressions, UTC) and retention (section <c>Jobs</c>). An empty cron disables that job.</summary>
internal sealed class JobsOptions : IValidatableObject
{
    public const string Section = "Jobs";

    /// <summary>Default schedule of every feed's pull job (a feed's own <c>Cron</c> wins).</summary>
    public string PullFeedsCron { get; set; } = "0 0/15 * * * ?";

    /// <summary>Re-check of filed cases the scorer said to monitor.</summary>
    public string RecheckCron { get; set; } = "0 30 3 * * ?";

    /// <summary>A monitored case is re-checked when its last look is older than this.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "365.00:00:00")]
    public TimeSpan RecheckAfter { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Takedown follow-up: looks again at the site of every case with a report under way or resolved.</summary>
    public string TakedownFollowUpCron { get; set; } = "0 0 6 * * ?";

    /// <summary>
    /// A case's site is looked at again once its last look is older than this; just under a day, so that a daily run
    /// looks at each case every day although the runs start a few seconds apart.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "365.00:00:00")]
    public TimeSpan TakedownCheckAfter { get; set; } = TimeSpan.FromHours(23);

    public string RefreshReferenceDataCron { get; set; } = "0 0 4 ? * SUN";

    /// <summary>IANA RDAP bootstrap (dns.json) address; empty: not refreshed.</summary>
    public Uri? RdapBootstrapUrl { get; set; }

    /// <summary>IANA RDAP bootstrap for IPv4 (ipv4.json, e.g. https://data.iana.org/rdap/ipv4.json); empty: not refreshed.</summary>
    public Uri? RdapIpv4BootstrapUrl { get; set; }

    /// <summary>IANA RDAP bootstrap for IPv6 (ipv6.json); empty: not refreshed.</summary>
    public Uri? RdapIpv6BootstrapUrl { get; set; }

    /// <summary>IANA RDAP bootstrap for AS numbers (asn.json); empty: not refreshed.</summary>
    public Uri? RdapAsnBootstrapUrl { get; set; }

    /// <summary>Public Suffix List address; empty: not refreshed.</summary>
    public Uri? PublicSuffixListUrl { get; set; }

    /// <summary>
    /// The CT log list (log-list v3 JSON, e.g. https://www.gstatic.com/ct/log_list/v3/log_list.json); empty: not
    /// refreshed. Once a copy that parses has arrived, every CertificateTransparency feed reads it instead of its Path.
    /// </summary>
    public Uri? CtLogListUrl { get; set; }

    public string PurgeCron { get; set; } = "0 0 5 * * ?";

    /// <summary>Finished work items, screened-domain rows and job runs older than this are deleted.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "3650.00:00:00")]
    public TimeSpan PurgeAfter { get; set; } = TimeSpan.FromDays(30);

    /// <summary>A fire later than this after its time counts as misfired (run once at start-up).</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "01:00:00")]
    public TimeSpan MisfireThreshold { get; set; } = TimeSpan.FromMinutes(1);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var (name, cron) in new[] { (nameof(PullFeedsCron), PullFeedsCron), (nameof(RecheckCron), RecheckCron), (nameof(TakedownFollowUpCron), TakedownFollowUpCron), (nameof(RefreshReferenceDataCron), RefreshReferenceDataCron), (nameof(PurgeCron), PurgeCron) })
        {
            if (!string.IsNullOrWhiteSpace(cron) && !Quartz.CronExpression.TryParse(cron, out _))
            {
                yield return new ValidationResult($"Jobs:{name}: '{cron}' is not a valid Quartz cron expression", [name]);
            }
        }
    }
}
