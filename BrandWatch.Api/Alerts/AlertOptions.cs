using System.ComponentModel.DataAnnotations;

namespace BrandWatch.Api.Alerts;

/// <summary>Settings of the alert dispatcher, bound from the <c>Alerts</c> configuration section.</summary>
public sealed class AlertOptions
{
    public const string Section = "Alerts";

    /// <summary>Runs the dispatcher in this process. Off only for hosts that must not send (tests of the Api alone).</summary>
    public bool DispatcherEnabled { get; set; } = true;

    /// <summary>How often the dispatcher looks at the outbox when it has nothing in flight.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Delay before the first retry; it doubles with each failed attempt, with jitter.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "1.00:00:00")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Longest delay between two attempts.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "1.00:00:00")]
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long a delivery is retried (from its creation or its last redrive) before it becomes a dead letter.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "30.00:00:00")]
    public TimeSpan GiveUpAfter { get; set; } = TimeSpan.FromDays(1);

    /// <summary>Time allowed for one webhook request or one SMTP session.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// How long an attempt holds its delivery against other dispatchers (other Api instances on one database). Longer than
    /// <see cref="RequestTimeout"/>; an instance that dies mid-send leaves its delivery to be resent (same id) after this time.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan ClaimFor { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Endpoints served at once; each endpoint still receives one delivery at a time.</summary>
    [Range(1, 256)]
    public int MaxParallelDeliveries { get; set; } = 8;

    /// <summary>Outbox events fanned out per transaction.</summary>
    [Range(1, 10_000)]
    public int FanOutBatchSize { get; set; } = 500;

    /// <summary>Refuses plain-http webhook URLs when subscribing: alerts carry case details and signatures do not hide them.</summary>
    public bool RequireHttps { get; set; } = true;

    /// <summary>Allows webhook targets on private, unique-local and link-local networks (an intranet receiver).</summary>
    public bool AllowPrivateTargets { get; set; }

    /// <summary>Ports a webhook target may use besides 80 and 443 (e.g. 8443 for an intranet receiver).</summary>
    public IList<int> ExtraPorts { get; init; } = [];

    /// <summary>Allows webhook targets on loopback (on any port). For tests and single-machine set-ups only.</summary>
    public bool AllowLoopbackTargets { get; set; }

    /// <summary>Base address of the review UI, used to turn <c>/cases/{id}</c> into a link. Relative links when unset.</summary>
    public Uri? PublicBaseUrl { get; set; }
}
