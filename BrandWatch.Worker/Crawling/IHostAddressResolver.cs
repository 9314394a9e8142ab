using System.Net;

namespace BrandWatch.Worker.Crawling;

/// <summary>
/// Turns a host name into the addresses <see cref="SafePageFetcher"/> may connect to. Every address returned still
/// passes the guarded connect step (<c>BrandWatch.Net.GuardedConnect</c>) before a connection is made.
/// </summary>
public interface IHostAddressResolver
{
    /// <summary>The host's addresses; empty when the name does not exist. Throws <see cref="HttpRequestException"/> when no answer came.</summary>
    Task<IReadOnlyList<IPAddress>> ResolveAsync(string host, CancellationToken ct);
}
