using Microsoft.Extensions.Logging;

namespace BrandWatch.Worker.Registration;

/// <summary>
/// Downloads the IANA bootstrap (data.iana.org/rdap/dns.json), checks it, writes it over the configured file
/// atomically and puts it into service. A scheduled job calls <see cref="RefreshAsync"/> (IANA asks clients to cache it;
/// once a day is plenty). A download that fails or looks wrong leaves the bootstrap in use untouched.
/// </summary>
public sealed partial class RdapBootstrapRefresher(HttpClient http, RdapBootstrapProvider provider, RegistrationOptions options, ILogger<RdapBootstrapRefresher> logger)
{
    public async Task<BootstrapRefresh> RefreshAsync(CancellationToken ct)
    {
        RdapBootstrap fresh;
        try
        {
            using var response = await http.GetAsync(options.BootstrapUrl, ct);
            if (!response.IsSuccessStatusCode)
            {
                return Keep($"{options.BootstrapUrl}: HTTP {(int)response.StatusCode}");
            }

            var json = await response.Content.ReadAsStringAsync(ct);
            fresh = RdapBootstrap.Parse(json);
            var current = provider.Current.Count;

            // A truncated or hijacked download that lost most TLDs must not replace a good file.
            if (fresh.Count == 0 || fresh.Count < current / 2)
            {
                return Keep($"{options.BootstrapUrl}: only {fresh.Count} TLDs against {current} in use");
            }

            if (options.BootstrapFile is { } file)
            {
                var temporary = file + ".download";
                await File.WriteAllTextAsync(temporary, json, ct);
                File.Move(temporary, file, overwrite: true);
            }
        }
        catch (FormatException ex)
        {
            return Keep($"{options.BootstrapUrl}: {ex.Message}");
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException or Polly.Timeout.TimeoutRejectedException && !ct.IsCancellationRequested)
        {
            return Keep($"{options.BootstrapUrl}: {ex.Message}");
        }

        provider.Replace(fresh);
        LogRefreshed(logger, fresh.Count, fresh.Publication ?? "unknown");
        return new BootstrapRefresh(true, fresh.Count, fresh.Publication, null);
    }

    private BootstrapRefresh Keep(string reason)
    {
        LogKept(logger, reason);
        return new BootstrapRefresh(false, provider.Current.Count, provider.Current.Publication, reason);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "RDAP bootstrap refreshed: {Tlds} TLDs, published {Publication}")]
    private static partial void LogRefreshed(ILogger logger, int tlds, string publication);

    [LoggerMessage(Level = LogLevel.Warning, Message = "RDAP bootstrap kept as it was: {Reason}")]
    private static partial void LogKept(ILogger logger, string reason);
}
