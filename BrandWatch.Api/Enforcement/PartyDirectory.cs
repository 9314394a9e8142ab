using System.Text.Json;
using Microsoft.Extensions.Options;

namespace BrandWatch.Api.Enforcement;

/// <summary>
/// The reference tables abuse routing reads: certificate authorities' problem-reporting addresses and the dispute
/// policies per TLD. Each comes from the configured file when it exists (read again when it changes on disk, so that a
/// refreshed copy takes effect at once), else from the copy shipped in the Api. A configured file that does not parse
/// stops start-up; one that breaks later keeps the table in use.
/// </summary>
public sealed partial class PartyDirectory
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { ReadCommentHandling = JsonCommentHandling.Skip };

    private readonly ReloadingTable<CertificateAuthorityTable> _authorities;
    private readonly ReloadingTable<DisputePolicyTable> _disputes;

    public PartyDirectory(IOptions<EnforcementOptions> options, ILogger<PartyDirectory> logger)
    {
        var o = options.Value;
        _authorities = new ReloadingTable<CertificateAuthorityTable>(o.CertificateAuthoritiesFile, "Enforcement/certificate-authorities.json", CheckAuthorities, logger);
        _disputes = new ReloadingTable<DisputePolicyTable>(o.DisputePoliciesFile, "Enforcement/dispute-policies.json", CheckDisputes, logger);
    }

    public CertificateAuthorityTable CertificateAuthorities => _authorities.Current;

    public DisputePolicyTable DisputePolicies => _disputes.Current;

    internal static string? CheckAuthorities(CertificateAuthorityTable table) =>
        table.Authorities is null ? "no \"authorities\" array" : table.Authorities.FirstOrDefault(a => a.IssuerMatches is not { Count: > 0 }) is { } bad ? $"'{bad.Name}' has no issuerMatches" : null;

    internal static string? CheckDisputes(DisputePolicyTable table) =>
        table.Generic is null || table.CountryCode is null ? "no \"generic\" policy or no \"countryCode\" array" : null;

    /// <summary>Reads a table, throwing <see cref="FormatException"/> naming the reason when it is not one.</summary>
    internal static T Parse<T>(string json, Func<T, string?> check)
    {
        T? table;
        try
        {
            table = JsonSerializer.Deserialize<T>(json, Json);
        }
        catch (JsonException ex)
        {
            throw new FormatException(ex.Message, ex);
        }

        if (table is null)
        {
            throw new FormatException("the file holds no table");
        }

        if (check(table) is { } reason)
        {
            throw new FormatException(reason);
        }

        return table;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Enforcement table {File} kept as it was: {Reason}")]
    private static partial void LogKept(ILogger logger, string file, string reason);

    private sealed class ReloadingTable<T>
    {
        private readonly string? _file;
        private readonly Func<T, string?> _check;
        private readonly ILogger _logger;
        private readonly T _shipped;
        private readonly Lock _lock = new();
        private T _current;
        private DateTime _stamp;

        public ReloadingTable(string? file, string resource, Func<T, string?> check, ILogger logger)
        {
            _file = string.IsNullOrWhiteSpace(file) ? null : file;
            _check = check;
            _logger = logger;
            using var stream = typeof(PartyDirectory).Assembly.GetManifestResourceStream(resource)
                ?? throw new InvalidOperationException($"embedded resource {resource} is missing from the build");
            using var reader = new StreamReader(stream);
            _shipped = Parse(reader.ReadToEnd(), check);
            _current = _shipped;
            if (_file is not null && File.Exists(_file))
            {
                // At start a broken file is a configuration error: say so rather than serve the shipped table silently.
                try
                {
                    _current = Parse(File.ReadAllText(_file), check);
                    _stamp = File.GetLastWriteTimeUtc(_file);
                }
                catch (FormatException ex)
                {
                    throw new InvalidOperationException($"{_file}: {ex.Message}", ex);
                }
            }
        }

        public T Current
        {
            get
            {
                if (_file is null)
                {
                    return _shipped;
                }

                var stamp = File.Exists(_file) ? File.GetLastWriteTimeUtc(_file) : default;
                lock (_lock)
                {
                    if (stamp == _stamp)
                    {
                        return _current;
                    }

                    _stamp = stamp;
                    if (stamp == default)
                    {
                        _current = _shipped;
                        return _current;
                    }

                    try
                    {
                        _current = Parse(File.ReadAllText(_file), _check);
                    }
                    catch (Exception ex) when (ex is FormatException or IOException)
                    {
                        LogKept(_logger, _file, ex.Message);
                    }

                    return _current;
                }
            }
        }
    }
}
