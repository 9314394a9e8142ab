using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace BrandWatch.Worker.Tests.Fixtures;

/// <summary>
/// The real BrandWatch.Api as a process on 127.0.0.1 with its own SQLite file: keys made with its <c>create-key</c>
/// command, marks imported through <c>POST /api/marks/import</c>, cases read back through <c>GET /api/cases</c>.
/// </summary>
public sealed class ApiProcess : IDisposable
{
    private readonly StringBuilder _output = new();
    private Process? _process;

    private ApiProcess(string database, int port)
    {
        Database = database;
        Port = port;
    }

    public string Database { get; }

    public int Port { get; }

    public Uri Address => new($"http://127.0.0.1:{Port}/");

    public string AdminKey { get; private set; } = string.Empty;

    public string WorkerKey { get; private set; } = string.Empty;

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    private static string Folder { get; } = RepoPaths.Of(
        "BrandWatch.Api", "bin", new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name, "net10.0"); // bin/<Configuration>/net10.0

    /// <summary>
    /// Creates the database and the keys, starts the Api and imports the portfolio. A free port can be taken by another
    /// process between the asking and the Api's bind (the test projects run side by side); the server that answers must
    /// then know this database's admin key, or the Api starts again on another port.
    /// </summary>
    public static async Task<ApiProcess> StartAsync(string folder, string marksFile, CancellationToken ct)
    {
        const int attempts = 3;
        string? adminKey = null, workerKey = null;
        for (var attempt = 1; ; attempt++)
        {
            var api = new ApiProcess(Path.Combine(folder, "api.db"), FreePort.Next());
            api.AdminKey = adminKey ??= await api.CreateKeyAsync("admin", ct);
            api.WorkerKey = workerKey ??= await api.CreateKeyAsync("worker", ct);
            await api.StartAsync(ct);
            if (await api.AnswersWithOwnKeyAsync(ct))
            {
                using var http = api.Client(api.AdminKey);
                using var content = new StringContent(await File.ReadAllTextAsync(marksFile, ct), Encoding.UTF8, "application/json");
                using var response = await http.PostAsync("api/marks/import", content, ct);
                Assert.True(response.IsSuccessStatusCode, $"import: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(ct)}\n{api.Output}");
                return api;
            }

            var output = api.Output;
            api.Dispose();
            Assert.True(attempt < attempts, $"port {api.Port}: another server answered in {attempts} attempts; the Api said: {output}");
        }
    }

    /// <summary>True when the server on the port knows this database's admin key: it is this Api, not another process's.</summary>
    private async Task<bool> AnswersWithOwnKeyAsync(CancellationToken ct)
    {
        using var http = Client(AdminKey);
        using var response = await http.GetAsync("api/marks", ct);
        return response.IsSuccessStatusCode && _process is { HasExited: false };
    }

    public async Task StartAsync(CancellationToken ct)
    {
        var process = _process = Run("--urls", Address.ToString().TrimEnd('/'));
        using var http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        await Eventually.HoldsAsync(async () =>
        {
            Assert.False(process.HasExited, "the Api stopped: " + Output);
            try
            {
                using var response = await http.GetAsync("healthz", ct);
                return response.IsSuccessStatusCode;
            }
            catch (Exception ex) when (ex is HttpRequestException || (ex is TaskCanceledException && !ct.IsCancellationRequested))
            {
                return false; // not listening yet
            }
        }, () => "the Api answered /healthz: " + Output, interval: TimeSpan.FromMilliseconds(100));
    }

    /// <summary>SIGKILL: the Api goes away without a word, as in a crash or a network cut.</summary>
    public void Stop()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process?.Dispose();
        _process = null;
    }

    public HttpClient Client(string key)
    {
        var http = new HttpClient { BaseAddress = Address };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return http;
    }

    /// <summary>Every case with its detail (verdict and evidence history), read with the admin key.</summary>
    public async Task<List<JsonElement>> CasesAsync(CancellationToken ct)
    {
        using var http = Client(AdminKey);
        var details = new List<JsonElement>();
        string? cursor = null;
        do
        {
            var page = JsonDocument.Parse(await http.GetStringAsync("api/cases?limit=100" + (cursor is null ? string.Empty : "&cursor=" + Uri.EscapeDataString(cursor)), ct)).RootElement;
            foreach (var item in page.GetProperty("items").EnumerateArray())
            {
                var id = item.GetProperty("id").GetInt64();
                details.Add(JsonDocument.Parse(await http.GetStringAsync($"api/cases/{id}", ct)).RootElement);
            }

            cursor = page.TryGetProperty("nextCursor", out var next) && next.ValueKind == JsonValueKind.String ? next.GetString() : null;
        }
        while (cursor is not null);

        return details;
    }

    private async Task<string> CreateKeyAsync(string role, CancellationToken ct)
    {
        using var process = Run("create-key", "--role", role);
        await process.WaitForExitAsync(ct);
        Assert.True(process.ExitCode == 0, $"create-key --role {role} failed: {Output}");
        lock (_output)
        {
            // The key is the last line the command printed on standard output.
            return _lastStdout ?? throw new InvalidOperationException("create-key printed no key");
        }
    }

    private string? _lastStdout;

    private Process Run(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Folder };
        start.ArgumentList.Add(Path.Combine(Folder, "BrandWatch.Api.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ConnectionStrings__BrandWatch"] = $"Data Source={Database}";
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        var process = Process.Start(start) ?? throw new InvalidOperationException("the Api did not start");
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is { Length: > 0 } line)
            {
                lock (_output)
                {
                    _lastStdout = line.Trim();
                    _output.AppendLine(line);
                }
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            lock (_output)
            {
                _output.AppendLine(e.Data);
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    public void Dispose() => Stop();
}
