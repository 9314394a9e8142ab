using System.Globalization;
using BrandWatch.Rules.Cases;

namespace BrandWatch.Rules.Presence;

/// <summary>
/// Hysteresis on presence: a settled state changes only after <c>confirmations</c> consistent deciding looks that
/// span at least <c>minimumSpan</c>. An unknown look (a resolver timeout, a failed fetch) is recorded and neither
/// counts towards a change nor breaks a run of them; a look that agrees with the settled state ends the run. The first
/// deciding look of a subject with no settled state settles it at once: there is nothing to flap from.
/// </summary>
public static class PresenceHysteresis
{
    /// <summary>How many of the last looks a record keeps.</summary>
    public const int RecentLooks = 10;

    public static PresenceStep Observe(PresenceRecord? record, PresenceObservation look, int confirmations, TimeSpan minimumSpan)
    {
        ArgumentNullException.ThrowIfNull(look);
        ArgumentOutOfRangeException.ThrowIfLessThan(confirmations, 1);
        record ??= new PresenceRecord();
        var recent = Append(record.Recent, look, RecentLooks);

        if (look.State == PresenceState.Unknown)
        {
            var kept = record with { Recent = recent };
            return record.State == PresenceState.Unknown
                ? new PresenceStep(kept, false, null, $"presence unknown ({look.Reason}); nothing settled yet")
                : new PresenceStep(kept, true, null, $"presence unknown ({look.Reason}); stays {WireName.Kebab(record.State)} since {Time(record.Since)}");
        }

        if (record.State == PresenceState.Unknown)
        {
            var settled = record with { State = look.State, Since = look.At, Pending = [], Recent = recent };
            return new PresenceStep(settled, false, null, $"presence {WireName.Kebab(look.State)} ({look.Reason}), first deciding look");
        }

        if (look.State == record.State)
        {
            var agreed = record with { Pending = [], Recent = recent };
            var dropped = record.Pending.Count > 0 ? $"; {record.Pending.Count} unconfirmed {WireName.Kebab(record.Pending[0].State)} look(s) set aside" : string.Empty;
            return new PresenceStep(agreed, false, null, $"presence {WireName.Kebab(look.State)} ({look.Reason}){dropped}");
        }

        if (record.Pending.Count > 0 && look.At <= record.Pending[^1].At)
        {
            // The same answer again (a cached lookup carries its first time): not a look of its own.
            return new PresenceStep(record, true, null, $"presence looks {WireName.Kebab(look.State)} ({look.Reason}) again at the time of the last look; not counted twice");
        }

        var pending = Append(record.Pending, look, Math.Max(confirmations, RecentLooks));
        var span = look.At - pending[0].At;
        if (pending.Count >= confirmations && span >= minimumSpan)
        {
            var change = new PresenceChange(record.State, look.State, look.At, pending);
            var changed = record with { State = look.State, Since = look.At, Pending = [], Recent = recent, LastChange = change };
            return new PresenceStep(changed, false, change, string.Create(CultureInfo.InvariantCulture,
                $"presence changed from {WireName.Kebab(record.State)} to {WireName.Kebab(look.State)} after {pending.Count} consistent looks over {span} ({look.Reason})"));
        }

        var waiting = record with { Pending = pending, Recent = recent };
        return new PresenceStep(waiting, true, null, string.Create(CultureInfo.InvariantCulture,
            $"presence looks {WireName.Kebab(look.State)} ({look.Reason}), {pending.Count} of {confirmations} looks over {span} of {minimumSpan}; stays {WireName.Kebab(record.State)} until confirmed"));
    }

    private static List<PresenceObservation> Append(IReadOnlyList<PresenceObservation> looks, PresenceObservation look, int keep)
    {
        var all = new List<PresenceObservation>(looks.Count + 1);
        all.AddRange(looks);
        all.Add(look);
        return all.Count > keep ? all.GetRange(all.Count - keep, keep) : all;
    }

    private static string Time(DateTimeOffset? at) => at?.ToString("u", CultureInfo.InvariantCulture) ?? "an unknown time";
}
