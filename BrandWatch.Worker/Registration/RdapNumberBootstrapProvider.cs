using Microsoft.Extensions.Logging;

namespace BrandWatch.Worker.Registration;

/// <summary>
/// Holds the number bootstrap read from the configured ipv4.json, ipv6.json and asn.json files, and reads them again
/// when one of them changed on disk (the reference-data job rewrites them), so that a refresh takes effect without a
/// restart. A file that is missing counts as empty; a file that does not parse keeps the bootstrap in use.
/// </summary>
public sealed partial class RdapNumberBootstrapProvider(RegistrationOptions options, ILogger<RdapNumberBootstrapProvider> logger)
{
    private readonly Lock _lock = new();
    private RdapNumberBootstrap _current = RdapNumberBootstrap.Empty;
    private string? _stamp;

    /// <summary>The configured files, in the order ipv4, ipv6, asn (null entries are not configured).</summary>
    public IReadOnlyList<string?> Files => [options.Ipv4BootstrapFile, options.Ipv6BootstrapFile, options.AsnBootstrapFile];

    public RdapNumberBootstrap Current
    {
        get
        {
            var stamp = Stamp();
            lock (_lock)
            {
                if (stamp != _stamp)
                {
                    Reload(stamp);
                }

                return _current;
            }
        }
    }

    private void Reload(string stamp)
    {
        try
        {
            var texts = Files.Where(f => f is not null && File.Exists(f)).Select(f => File.ReadAllText(f!)).ToArray();
            _current = RdapNumberBootstrap.Parse(texts);
            LogLoaded(logger, _current.Prefixes, _current.Ranges);
        }
        catch (Exception ex) when (ex is FormatException or IOException or UnauthorizedAccessException)
        {
            // Keep what was in use: a half-written or broken download must not empty the bootstrap.
            LogKept(logger, ex.Message);
        }

        _stamp = stamp;
    }

    private string Stamp() =>
        string.Join('|', Files.Select(f => f is not null && File.Exists(f) ? File.GetLastWriteTimeUtc(f).Ticks + ":" + new FileInfo(f).Length : "-"));

    [LoggerMessage(Level = LogLevel.Information, Message = "RDAP number bootstrap loaded: {Prefixes} address prefixes, {Ranges} AS number ranges")]
    private static partial void LogLoaded(ILogger logger, int prefixes, int ranges);

    [LoggerMessage(Level = LogLevel.Warning, Message = "RDAP number bootstrap kept as it was: {Reason}")]
    private static partial void LogKept(ILogger logger, string reason);
}
