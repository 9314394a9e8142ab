namespace BrandWatch.Rules.Evidence;

/// <summary>
/// A re-look that finds the name with another registrar or another holder after the registrant had notice of the
/// dispute: what a reviewer needs to judge cyberflight (F13, the reviewer fact <see cref="ReviewerFacts.MovedAfterNotice"/>).
/// It only suggests: the move happened somewhere between the two looks, and whether it was made to escape the claim is
/// the reviewer's call, so it never sets the fact itself.
/// </summary>
public static class MoveAfterNotice
{
    private static readonly string[] RegistrationFields = ["registration.registrar", "registration.registrant", "registration.country"];

    /// <returns>The sentence for the case's trail, or null when no registration field moved or no notice precedes the look.</returns>
    public static string? Suggest(IReadOnlyList<EvidenceChange> changes, ReviewerFacts? facts, DateTimeOffset observedAt)
    {
        ArgumentNullException.ThrowIfNull(changes);
        if (facts is not { DisputeNoticeOn: { } notice } || facts.MovedAfterNotice == true
            || notice > DateOnly.FromDateTime(observedAt.UtcDateTime))
        {
            return null;
        }

        var moved = changes.Where(c => RegistrationFields.Contains(c.Field, StringComparer.Ordinal)).Select(c => c.Field["registration.".Length..]).ToArray();
        return moved.Length == 0
            ? null
            : $"the name's {string.Join(" and ", moved)} changed after notice of the dispute on {notice:yyyy-MM-dd}: if it was moved to escape the claim, record movedAfterNotice (cyberflight, F13)";
    }
}
