using BrandWatch.Rules.Evidence;
using BrandWatch.Rules.Registration;
using Microsoft.Extensions.Logging;

namespace BrandWatch.Worker.Registration;

/// <summary>
/// Asks a registry's RDAP service for a domain (GET {base}domain/{name}) and, when the answer carries no registrant,
/// the registrar's service it links to. Retries, Retry-After, time-outs and per-server limits come from the resilience
/// pipeline on the HttpClient (see <see cref="RegistrationServiceCollectionExtensions"/>).
/// </summary>
public sealed partial class RdapClient(HttpClient http, RegistrationOptions options, ILogger<RdapClient> logger)
{
    public const string HttpClientName = "rdap";

    private readonly PrivacyServiceDetector _privacy = new(options.PrivacyServiceNames);

    public async Task<RegistrationLookupResult> LookupAsync(string domain, Uri baseUrl, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        var url = new Uri(RdapBootstrap.WithTrailingSlash(baseUrl), "domain/" + Uri.EscapeDataString(domain));
        var registry = await FetchAsync(url, ct);
        if (registry.Snapshot is null)
        {
            return RegistrationLookupResult.Failed(registry.Failure!.Value, registry.Detail!);
        }

        var servers = new List<string> { url.AbsoluteUri };
        RegistrationSnapshot? registrar = null;
        if (options.FollowRegistrarLink && !registry.Snapshot.HasRegistrant && registry.Snapshot.RegistrarLink is { } link && link != url)
        {
            var answer = await FetchAsync(link, ct);
            if (answer.Snapshot is not null)
            {
                registrar = answer.Snapshot;
                servers.Add(link.AbsoluteUri);
            }
            else
            {
                // The registry's answer stands on its own; the registrar's failure is logged, not fatal.
                LogRegistrarFailed(logger, domain, link.AbsoluteUri, answer.Failure!.Value, answer.Detail!);
            }
        }

        return RegistrationLookupResult.Found(RegistrationFolder.Fold(domain, "rdap", registry.Snapshot, registrar, _privacy, servers));
    }

    private async Task<Answer> FetchAsync(Uri url, CancellationToken ct)
    {
        var answer = await RdapHttp.GetAsync(http, url, ct);
        if (answer.Body is null)
        {
            return Answer.Failed(answer.Failure!.Value, answer.Detail!);
        }

        try
        {
            return new Answer(RdapParser.Parse(answer.Body), null, null);
        }
        catch (FormatException ex)
        {
            return Answer.Failed(RegistrationFailure.Malformed, $"{url}: {ex.Message}");
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "RDAP {Domain}: registrar service {Url} failed ({Failure}: {Detail}); keeping the registry's answer")]
    private static partial void LogRegistrarFailed(ILogger logger, string domain, string url, RegistrationFailure failure, string detail);

    private sealed record Answer(RegistrationSnapshot? Snapshot, RegistrationFailure? Failure, string? Detail)
    {
        public static Answer Failed(RegistrationFailure failure, string detail) => new(null, failure, detail);
    }
}
