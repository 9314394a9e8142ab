namespace BrandWatch.Rules.Scoring.Configuration;

/// <summary>Domains a mark's owner has allowed or owns, beyond those in the portfolio.</summary>
public sealed record MarkExceptions
{
    public static MarkExceptions None { get; } = new();

    public IReadOnlyList<string> AuthorisedResellers { get; init; } = [];

    public IReadOnlyList<string> OwnDomains { get; init; } = [];

    public IReadOnlyList<string> Licensees { get; init; } = [];
}
