using System.Text.Json;

namespace BrandWatch.Worker.Tests.Fixtures;

/// <summary>The loopback RDAP server and the three WHOIS servers (IANA, a registry, a registrar) the registration tests ask.</summary>
public sealed class RegistrationServersFixture : IAsyncLifetime
{
    private readonly TempFolder _folder = new();

    public LoopbackRdapServer Rdap { get; } = new();

    public LoopbackWhoisServer Iana { get; private set; } = null!;

    public LoopbackWhoisServer Registry { get; private set; } = null!;

    public LoopbackWhoisServer Registrar { get; private set; } = null!;

    /// <summary>A bootstrap file (RFC 9224 layout) sending .example to the loopback RDAP registry.</summary>
    public string BootstrapFile => _folder.File("dns.json");

    public IReadOnlyDictionary<string, string> WhoisEndpoints => new Dictionary<string, string>
    {
        [Iana.ServerName] = Iana.Endpoint,
        [Registry.ServerName] = Registry.Endpoint,
        [Registrar.ServerName] = Registrar.Endpoint,
    };

    public async ValueTask InitializeAsync()
    {
        await Rdap.InitializeAsync();
        Iana = new LoopbackWhoisServer("whois.iana.org");
        Registry = new LoopbackWhoisServer("whois.nic.test");
        Registrar = new LoopbackWhoisServer("whois.registrar.test");
        var bootstrap = new
        {
            description = "RDAP bootstrap file for the BrandWatch tests",
            publication = "2026-01-10T00:00:00Z",
            services = new[] { new[] { new[] { "example" }, new[] { Rdap.RegistryUrl } } },
            version = "1.0",
        };
        await File.WriteAllTextAsync(BootstrapFile, JsonSerializer.Serialize(bootstrap));
    }

    public async ValueTask DisposeAsync()
    {
        await Rdap.DisposeAsync();
        await Iana.DisposeAsync();
        await Registry.DisposeAsync();
        await Registrar.DisposeAsync();
        _folder.Dispose();
    }
}
