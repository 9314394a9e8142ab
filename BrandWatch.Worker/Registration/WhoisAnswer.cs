namespace BrandWatch.Worker.Registration;

/// <summary>One parsed WHOIS answer and what kind of answer it was.</summary>
internal sealed record WhoisAnswer(RegistrationSnapshot Snapshot, bool NotFound, bool RateLimited, bool HasData);
