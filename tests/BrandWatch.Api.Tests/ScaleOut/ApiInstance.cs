using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace BrandWatch.Api.Tests.ScaleOut;

/// <summary>One Api instance on Kestrel at 127.0.0.1 over the database a connection string names; several may share one.</summary>
public sealed class ApiInstance : WebApplicationFactory<Program>
{
    private readonly string _connectionString;
    private readonly IReadOnlyDictionary<string, string?> _settings;

    private ApiInstance(string connectionString, IReadOnlyDictionary<string, string?>? settings)
    {
        _connectionString = connectionString;
        _settings = settings ?? new Dictionary<string, string?>();
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
    }

    /// <summary>Starts an instance; the first one on a database applies the migrations, the others find them applied.</summary>
    public static ApiInstance Start(string connectionString, string signingKeyPath, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var all = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>()) { ["Evidence:SigningKeyPath"] = signingKeyPath };
        var instance = new ApiInstance(connectionString, all);
        instance.StartServer();
        return instance;
    }

    public HttpClient Client(string key)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:BrandWatch", _connectionString);
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.UseEnvironment("Testing");
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
    }
}
