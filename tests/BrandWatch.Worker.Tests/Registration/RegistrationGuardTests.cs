using System.Net;
using System.Net.Sockets;
using BrandWatch.Worker.Registration;
using BrandWatch.Worker.Tests.Fixtures;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace BrandWatch.Worker.Tests.Registration;

/// <summary>
/// Registration answers are untrusted: the registrar link and redirects of an RDAP answer and the referral of a WHOIS
/// answer pass the same guarded connect step as the crawler. The registry here is an operator-configured endpoint on
/// loopback (trusted); the places the answers point to are another loopback port that nobody configured, which a
/// guard with loopback switched off must never dial.
/// </summary>
public sealed class RegistrationGuardTests(RegistrationServersFixture servers) : IClassFixture<RegistrationServersFixture>
{
    [Fact]
    public async Task Lookup_RegistrarLinkToAnAddressNobodyConfigured_IsNotFollowed()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var internalService = await CountingServer.StartAsync();
        var thin = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "TestData", "rdap", "registry", "thin.example.json"), ct);
        await using var registry = await LoopbackServer.StartAsync(app =>
            app.MapGet("/rdap/domain/thin.example", () => Results.Content(thin.Replace("{registrar}", internalService.Url, StringComparison.Ordinal), "application/rdap+json")));

        var result = await Build(o => o.RdapBaseUrls["example"] = registry.Address + "rdap/").LookupAsync("thin.example", ct);

        Assert.True(result.Succeeded, result.Detail);
        Assert.Equal([registry.Address + "rdap/domain/thin.example"], result.Evidence!.Servers);
        Assert.Null(result.Evidence.RegistrarRaw);
        Assert.Equal(0, internalService.Connections);
    }

    [Fact]
    public async Task Lookup_RegistryRedirectToAnAddressNobodyConfigured_IsNotFollowed()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var internalService = await CountingServer.StartAsync();
        await using var registry = await LoopbackServer.StartAsync(app =>
            app.MapGet("/rdap/domain/{name}", (string name) => Results.Redirect(internalService.Url + "domain/" + name)));

        var result = await Build(o => o.RdapBaseUrls["example"] = registry.Address + "rdap/").LookupAsync("thin.example", ct);

        Assert.False(result.Succeeded);
        Assert.Equal(RegistrationFailure.Unavailable, result.Failure);
        Assert.Contains("refused", result.Detail, StringComparison.Ordinal);
        Assert.Equal(0, internalService.Connections);
    }

    [Fact]
    public async Task Lookup_WhoisReferralToAnAddressNobodyConfigured_IsNotAsked()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var internalService = await CountingServer.StartAsync();

        var result = await Build(o =>
        {
            o.WhoisServers["test"] = "whois.nic.test";
            o.WhoisPort = internalService.Port; // the referral "127.0.0.1" would be asked on this port
        }).LookupAsync("internal-referral.test", ct);

        Assert.True(result.Succeeded, result.Detail);
        Assert.Equal(["whois.nic.test"], result.Evidence!.Servers);
        Assert.Equal(0, internalService.Connections);
    }

    [Fact]
    public async Task Lookup_WhoisReferralWithLoopbackAllowed_IsAsked()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var internalService = await CountingServer.StartAsync();

        await Build(o =>
        {
            o.WhoisServers["test"] = "whois.nic.test";
            o.WhoisPort = internalService.Port;
            o.AllowLoopback = true;
            o.MaxRetries = 0;
        }).LookupAsync("internal-referral.test", ct);

        Assert.Equal(1, internalService.Connections);
    }

    private RegistrationLookup Build(Action<RegistrationOptions> configure)
    {
        var services = new ServiceCollection();
        services.AddRegistrationLookup(o =>
        {
            o.BootstrapFile = servers.BootstrapFile;
            o.RetryDelay = TimeSpan.FromMilliseconds(20);
            o.MaxRetries = 1;
            o.WhoisTimeout = TimeSpan.FromSeconds(5);
            foreach (var (name, endpoint) in servers.WhoisEndpoints)
            {
                o.WhoisEndpoints[name] = endpoint;
            }

            configure(o);
        });
        return services.BuildServiceProvider().GetRequiredService<RegistrationLookup>();
    }

    /// <summary>A TCP listener on loopback that counts connections and closes each at once.</summary>
    private sealed class CountingServer : IAsyncDisposable
    {
        private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
        private readonly CancellationTokenSource _stop = new();
        private Task _loop = Task.CompletedTask;
        private int _connections;

        public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

        public string Url => $"http://127.0.0.1:{Port}/";

        public int Connections => Volatile.Read(ref _connections);

        public static Task<CountingServer> StartAsync()
        {
            var server = new CountingServer();
            server._listener.Start();
            server._loop = server.AcceptAsync();
            return Task.FromResult(server);
        }

        private async Task AcceptAsync()
        {
            while (!_stop.IsCancellationRequested)
            {
                try
                {
                    using var client = await _listener.AcceptTcpClientAsync(_stop.Token);
                    Interlocked.Increment(ref _connections);
                }
                catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
                {
                    return;
                }
            }
        }

        public async ValueTask DisposeAsync()
        {
            await _stop.CancelAsync();
            _listener.Stop();
            await _loop;
            _stop.Dispose();
        }
    }
}
