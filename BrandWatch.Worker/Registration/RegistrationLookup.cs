using System.Globalization;
using Microsoft.Extensions.Logging;

namespace BrandWatch.Worker.Registration;

/// <summary>
/// RDAP where the bootstrap (or a configured override) names a service for the TLD, port-43 WHOIS otherwise — and
/// WHOIS as well when the RDAP service cannot be reached, since a registry's WHOIS often still answers.
/// </summary>
public sealed partial class RegistrationLookup(
    RdapBootstrapProvider bootstrap,
    RdapClient rdap,
    WhoisClient whois,
    RegistrationOptions options,
    ILogger<RegistrationLookup> logger)
{
    public async Task<RegistrationLookupResult> LookupAsync(string domain, CancellationToken ct)
    {
        var name = Normalise(domain);
        if (name is null)
        {
            return RegistrationLookupResult.Failed(RegistrationFailure.InvalidDomain, $"'{domain}' is not a domain name");
        }

        var baseUrl = BaseUrlFor(name);
        if (baseUrl is null)
        {
            return await whois.LookupAsync(name, ct);
        }

        var result = await rdap.LookupAsync(name, baseUrl, ct);
        if (result.Failure is RegistrationFailure.Unavailable or RegistrationFailure.Timeout or RegistrationFailure.Malformed)
        {
            LogFallingBack(logger, name, result.Failure.Value, result.Detail ?? string.Empty);
            var fallback = await whois.LookupAsync(name, ct);
            if (fallback.Succeeded)
            {
                return fallback;
            }
        }

        return result;
    }

    /// <summary>The RDAP base URL used for a domain: a configured override for its TLD, else the bootstrap's entry.</summary>
    public Uri? BaseUrlFor(string domain)
    {
        var tld = domain[(domain.LastIndexOf('.') + 1)..];
        if (options.RdapBaseUrls.TryGetValue(tld, out var overridden) && Uri.TryCreate(overridden, UriKind.Absolute, out var url))
        {
            return RdapBootstrap.WithTrailingSlash(url);
        }

        return bootstrap.Current.Find(domain);
    }

    private static string? Normalise(string domain)
    {
        if (string.IsNullOrWhiteSpace(domain))
        {
            return null;
        }

        var name = domain.Trim().TrimEnd('.');
        try
        {
            name = new IdnMapping().GetAscii(name).ToLowerInvariant();
        }
        catch (ArgumentException)
        {
            return null;
        }

        return name.Contains('.', StringComparison.Ordinal) && name.Length <= 253 ? name : null;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "RDAP {Domain} failed ({Failure}: {Detail}); trying WHOIS")]
    private static partial void LogFallingBack(ILogger logger, string domain, RegistrationFailure failure, string detail);
}
