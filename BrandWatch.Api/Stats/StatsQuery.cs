namespace BrandWatch.Api.Stats;

/// <summary>A checked stats request: one owner (or every owner, <see cref="All"/>), an inclusive range of UTC days and the bucket size.</summary>
internal sealed record StatsQuery(string Owner, DateOnly From, DateOnly To, string Bucket)
{
    /// <summary>The owner value an admin gives for every owner at once.</summary>
    public const string All = "*";

    public bool AllOwners => Owner == All;
}
