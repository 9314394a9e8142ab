namespace BrandWatch.Api.Auth;

/// <summary>The roles an API key can hold (the values of its role claim).</summary>
public static class Roles
{
    /// <summary>Everything, including key management.</summary>
    public const string Admin = "admin";

    /// <summary>Manages the marks, cases and subscriptions of its one owner.</summary>
    public const string BrandManager = "brand_manager";

    /// <summary>Reads and reviews the cases of the owners it is assigned.</summary>
    public const string LegalReviewer = "legal_reviewer";

    /// <summary>Files cases and reads marks (the Worker).</summary>
    public const string Worker = "worker";

    /// <summary>Reads everything, changes nothing.</summary>
    public const string Ci = "ci";

    public static IReadOnlyList<string> All { get; } = [Admin, BrandManager, LegalReviewer, Worker, Ci];

    public static bool IsKnown(string role) => All.Contains(role, StringComparer.Ordinal);
}
