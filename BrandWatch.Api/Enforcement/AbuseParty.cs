namespace BrandWatch.Api.Enforcement;

/// <summary>
/// One party that can act on a case: who it is, how to reach its abuse desk, what it needs to see, and which draft
/// to send it. <see cref="Missing"/> names what is not known yet, so that a reviewer knows what to look up by hand.
/// </summary>
public sealed record AbuseParty
{
    /// <summary>registrar | host | certificate-authority | registry | provider.</summary>
    public required string Role { get; init; }

    public string? Name { get; init; }

    /// <summary>The registrar's IANA id (registrars only).</summary>
    public string? IanaId { get; init; }

    /// <summary>The A/AAAA address this network serves the subject from (hosts only).</summary>
    public string? Address { get; init; }

    /// <summary>The network's handle and range as its registry gave them (hosts only).</summary>
    public string? Network { get; init; }

    public string? Holder { get; init; }

    /// <summary>The autonomous system announcing the network: "AS64500 NAME (holder)" (hosts only, when the registry names it).</summary>
    public string? AutonomousSystem { get; init; }

    /// <summary>The certificate's issuer as its distinguished name reads (certificate authorities only).</summary>
    public string? Issuer { get; init; }

    /// <summary>Other parties of the same kind to choose from: the other providers for the same policy.</summary>
    public IReadOnlyList<string> Alternatives { get; init; } = [];

    /// <summary>Where to report or file on the web: a problem-report form, a registry's or a provider's page.</summary>
    public string? Url { get; init; }

    /// <summary>The dispute policy that applies (registries and providers).</summary>
    public string? Policy { get; init; }
    public string? Email { get; init; }
    public string? Phone { get; init; }

    /// <summary>Where the contact came from: the RDAP URLs that answered, or the document a shipped table cites.</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];

    /// <summary>What this party needs to act, in the order a report gives it.</summary>
    public required IReadOnlyList<string> Evidence { get; init; }

    /// <summary>The draft written for this party; null when none is written for it yet.</summary>
    public string? Draft { get; init; }

    public IReadOnlyList<string> Missing { get; init; } = [];
}
