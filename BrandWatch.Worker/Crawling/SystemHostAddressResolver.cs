using System.Net;
using System.Net.Sockets;

namespace BrandWatch.Worker.Crawling;

/// <summary>The operating system's resolver (hosts file, the system's name servers): the fetcher's default.</summary>
public sealed class SystemHostAddressResolver : IHostAddressResolver
{
    public static SystemHostAddressResolver Instance { get; } = new();

    public async Task<IReadOnlyList<IPAddress>> ResolveAsync(string host, CancellationToken ct)
    {
        try
        {
            return await System.Net.Dns.GetHostAddressesAsync(host, ct);
        }
        catch (SocketException ex)
        {
            throw new HttpRequestException(HttpRequestError.NameResolutionError, $"{host} did not resolve: {ex.Message}", ex);
        }
    }
}
