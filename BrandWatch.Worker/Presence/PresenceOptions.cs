using System.ComponentModel.DataAnnotations;

namespace BrandWatch.Worker.Presence;

/// <summary>
/// Hysteresis on DNS and HTTP outcomes (section <c>Presence</c>): a filed subject's live or gone state changes only after
/// <see cref="Confirmations"/> consistent looks spanning at least <see cref="MinimumSpan"/>; a look that would change it
/// sooner, or that decides nothing (a resolver timeout, a failed fetch), is recorded and not filed.
/// </summary>
internal sealed class PresenceOptions
{
    public const string Section = "Presence";

    /// <summary>Turns the hysteresis off (every look is filed as it is, as before issue 15).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Consistent deciding looks needed to change a settled state.</summary>
    [Range(1, 10)]
    public int Confirmations { get; set; } = 2;

    /// <summary>The least time between the first and the last of those looks.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "30.00:00:00")]
    public TimeSpan MinimumSpan { get; set; } = TimeSpan.FromHours(12);
}
