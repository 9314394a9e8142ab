namespace BrandWatch.Rules.Registration;

/// <summary>One parsed WHOIS answer and what kind of answer it was.</summary>
public sealed record WhoisAnswer(RegistrationSnapshot Snapshot, bool NotFound, bool RateLimited, bool HasData);
