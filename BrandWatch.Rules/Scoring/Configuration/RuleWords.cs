namespace BrandWatch.Rules.Scoring.Configuration;

/// <summary>Word lists the scorer reads (all lower-case).</summary>
public sealed record RuleWords
{
    /// <summary>Affiliation terms that make a combosquat score highest (login, secure, support, official …).</summary>
    public required IReadOnlyList<string> RiskyTerms { get; init; }

    /// <summary>Terms that open the criticism branch (sucks, scam …).</summary>
    public required IReadOnlyList<string> PejorativeTerms { get; init; }

    /// <summary>
    /// Captions of a parking service's lander, as the first configurations listed them. Optional and kept only so that
    /// those files still load: <c>pages.parkingPhrases</c> holds the captions the analyser reads, and the loader adds
    /// these to them.
    /// </summary>
    public IReadOnlyList<string> ParkingMarkers { get; init; } = [];

    public required IReadOnlyList<string> PrivacyServices { get; init; }

    public required IReadOnlyList<string> ParkingNameServers { get; init; }

    /// <summary>Country-code TLDs under CNDRP (.cn, .中国) where the CNDRP time bar (X10) applies.</summary>
    public required IReadOnlyList<string> CndrpTlds { get; init; }

    /// <summary>Country-code TLDs without a dispute policy (court is the route).</summary>
    public required IReadOnlyList<string> NoPolicyTlds { get; init; }

    /// <summary>
    /// Words that, beside a mark, name a page others make about it (blog, fans, review, news, forum): they keep a
    /// good-faith reading of a little-known coined mark's combination open (U7's fourth Telstra factor, 2.7). Optional.
    /// </summary>
    public IReadOnlyList<string> CommentaryTerms { get; init; } = [];

    /// <summary>
    /// Country-code TLDs whose law gives the holder of a protected name the identical name without any question of bad
    /// faith (F12): .fi (Traficom), .ch (the Swiss dispute procedure), .de (the name right). Optional.
    /// </summary>
    public IReadOnlyList<string> ProtectedNameTlds { get; init; } = [];
}
