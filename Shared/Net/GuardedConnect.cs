using System.Net;
using System.Net.Sockets;

namespace BrandWatch.Net;

/// <summary>
/// The one connect step every outbound connection to a host named by untrusted data goes through (the crawler, the
/// webhook sender, the RDAP and WHOIS clients): it resolves the host, keeps only the addresses the policy allows,
/// checks the port, and dials only those addresses. The check is made on the address actually dialled, so a name
/// that resolves to a public address for a pre-check and to a private one a moment later (DNS rebinding) cannot slip
/// past, and redirects and referrals pass the same gate as the first request.
/// </summary>
internal sealed class GuardedConnect(ConnectPolicy policy, Func<string, CancellationToken, ValueTask<IReadOnlyList<IPAddress>>>? resolve = null)
{
    private static readonly Func<string, CancellationToken, ValueTask<IReadOnlyList<IPAddress>>> SystemResolve =
        async (host, ct) => await Dns.GetHostAddressesAsync(host, ct);

    private readonly Func<string, CancellationToken, ValueTask<IReadOnlyList<IPAddress>>> _resolve = resolve ?? SystemResolve;

    public ConnectPolicy Policy => policy;

    /// <summary>For <see cref="SocketsHttpHandler.ConnectCallback"/>.</summary>
    public ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return ConnectAsync(context.DnsEndPoint.Host, context.DnsEndPoint.Port, cancellationToken);
    }

    /// <summary>Connects to host:port on an allowed address, or throws <see cref="ConnectRefusedException"/> without dialling.</summary>
    public async ValueTask<Stream> ConnectAsync(string host, int port, CancellationToken cancellationToken)
    {
        var socket = await ConnectSocketAsync(host, port, cancellationToken);
        return new NetworkStream(socket, ownsSocket: true);
    }

    public async ValueTask<Socket> ConnectSocketAsync(string host, int port, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(host);
        var bare = host.Trim('[', ']');
        IReadOnlyList<IPAddress> addresses = IPAddress.TryParse(bare, out var literal) ? [literal] : await _resolve(bare, cancellationToken);
        if (addresses.Count == 0)
        {
            throw new HttpRequestException(HttpRequestError.NameResolutionError, $"{host} did not resolve");
        }

        var trusted = policy.IsTrusted(bare, port);
        var allowed = trusted ? addresses.ToArray() : addresses.Where(a => policy.Refusal(a, port) is null).ToArray();
        if (allowed.Length == 0)
        {
            var first = addresses[0];
            throw new ConnectRefusedException(host, port, first, policy.Refusal(first, port) ?? "no address");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(allowed, port, cancellationToken);
            return socket;
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>The refusal inside an exception chain (HttpClient wraps what the connect step throws).</summary>
    public static ConnectRefusedException? FindRefusal(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is ConnectRefusedException refused)
            {
                return refused;
            }
        }

        return null;
    }
}
