namespace BrandWatch.Api.Cases;

/// <summary>The review states of a case and the transitions a reviewer may make between them.</summary>
public static class CaseStatus
{
    public const string New = "new";
    public const string InReview = "in_review";
    public const string Confirmed = "confirmed";
    public const string Dismissed = "dismissed";
    public const string Monitoring = "monitoring";
    public const string Actioned = "actioned";
    public const string Resolved = "resolved";

    public static IReadOnlyList<string> All { get; } = [New, InReview, Confirmed, Dismissed, Monitoring, Actioned, Resolved];

    /// <summary>The decisions a reviewer takes; a filing whose priority rises above the one decided on reopens them.</summary>
    public static IReadOnlyList<string> Decided { get; } = [Confirmed, Dismissed, Monitoring];

    private static readonly Dictionary<string, string[]> Next = new(StringComparer.Ordinal)
    {
        [New] = [InReview],
        [InReview] = [Confirmed, Dismissed, Monitoring],
        [Confirmed] = [Actioned],
        [Dismissed] = [InReview],
        [Monitoring] = [InReview],
        [Actioned] = [Actioned, Resolved],
        [Resolved] = [],
    };

    public static bool IsKnown(string status) => All.Contains(status, StringComparer.Ordinal);

    public static IReadOnlyList<string> AllowedFrom(string status) => Next.TryGetValue(status, out var next) ? next : [];

    public static bool CanMove(string from, string to) => AllowedFrom(from).Contains(to, StringComparer.Ordinal);
}
