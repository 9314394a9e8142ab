using System.Net;

namespace BrandWatch.Net;

/// <summary>
/// Which addresses and ports <see cref="GuardedConnect"/> may dial. Public unicast addresses are always allowed;
/// loopback and private (with link-local) only when switched on; reserved ranges never. Ports: those listed, and any
/// port on loopback when loopback is allowed (a test switch). Trusted endpoints ("host:port" the operator configured,
/// e.g. an RDAP mirror inside the network) skip the address check: the operator chose them, no answer named them.
/// </summary>
internal sealed record ConnectPolicy
{
    /// <summary>The web ports the crawler and the webhook sender use.</summary>
    public static readonly IReadOnlySet<int> WebPorts = new HashSet<int> { 80, 443 };

    public bool AllowLoopback { get; init; }

    public bool AllowPrivate { get; init; }

    /// <summary>Ports that may be dialled; null allows any port.</summary>
    public IReadOnlySet<int>? Ports { get; init; } = WebPorts;

    /// <summary>"host:port" endpoints (host lower-case) dialled without the address check.</summary>
    public IReadOnlySet<string> TrustedEndpoints { get; init; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>The web ports plus the configured extra ones.</summary>
    public static IReadOnlySet<int> WebPortsAnd(IEnumerable<int>? extra) => WebPorts.Concat(extra ?? []).ToHashSet();

    public bool IsTrusted(string host, int port) => TrustedEndpoints.Count > 0 && TrustedEndpoints.Contains(Endpoint(host, port));

    public static string Endpoint(string host, int port) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{host.Trim('[', ']').TrimEnd('.').ToLowerInvariant()}:{port}");

    /// <summary>
    /// Why the address is refused whatever the port (the range it lies in), or null when it may be dialled: the one
    /// address decision of the crawler, the webhook sender and the subscription check.
    /// </summary>
    public string? AddressRefusal(IPAddress address)
    {
        var (scope, range) = AddressClassifier.Classify(address);
        var allowed = scope switch
        {
            AddressScope.Public => true,
            AddressScope.Loopback => AllowLoopback,
            AddressScope.Private or AddressScope.LinkLocal => AllowPrivate,
            _ => false,
        };
        return allowed ? null : range;
    }

    /// <summary>Why the address (or the port) is refused, or null when it may be dialled.</summary>
    public string? Refusal(IPAddress address, int port)
    {
        if (AddressRefusal(address) is { } refused)
        {
            return refused;
        }

        if (Ports is not null && !Ports.Contains(port) && !(AllowLoopback && AddressClassifier.Classify(address).Scope == AddressScope.Loopback))
        {
            return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"port {port} is not an allowed port ({string.Join(", ", Ports.Order())})");
        }

        return null;
    }
}
