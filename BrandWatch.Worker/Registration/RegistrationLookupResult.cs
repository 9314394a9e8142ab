using BrandWatch.Rules.Evidence;

namespace BrandWatch.Worker.Registration;

/// <summary>Registration evidence, or the reason there is none.</summary>
public sealed record RegistrationLookupResult
{
    public RegistrationEvidence? Evidence { get; init; }

    public RegistrationFailure? Failure { get; init; }

    /// <summary>What went wrong, in words (status code, server, parser message); null on success.</summary>
    public string? Detail { get; init; }

    public bool Succeeded => Evidence is not null;

    public static RegistrationLookupResult Found(RegistrationEvidence evidence) => new() { Evidence = evidence };

    public static RegistrationLookupResult Failed(RegistrationFailure failure, string detail) => new() { Failure = failure, Detail = detail };
}
