using System.Diagnostics;

namespace BrandWatch.Testing;

/// <summary>
/// A private PostgreSQL server for one test collection: Debian's <c>postgresql</c> binaries, <c>initdb</c> into a temp
/// folder, <c>pg_ctl</c> on a free port of 127.0.0.1 (and a Unix socket in that folder), stopped and removed after.
/// Never the system service, never an address other than loopback. Each test takes a database of its own.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    private const string User = "bw";
    private int _databases;

    private PostgresServer(string bin, string folder, int port, bool asPostgresUser)
    {
        Bin = bin;
        Folder = folder;
        Port = port;
        AsPostgresUser = asPostgresUser;
    }

    public string Bin { get; }

    public string Folder { get; }

    public int Port { get; }

    private bool AsPostgresUser { get; }

    private string DataDirectory => Path.Combine(Folder, "data");

    /// <summary>The folder of initdb and pg_ctl (the newest major version installed), or null when PostgreSQL is not installed.</summary>
    public static string? FindBin()
    {
        const string root = "/usr/lib/postgresql";
        if (!Directory.Exists(root))
        {
            return null;
        }

        return Directory.GetDirectories(root)
            .Select(d => Path.Combine(d, "bin"))
            .Where(b => File.Exists(Path.Combine(b, "initdb")) && File.Exists(Path.Combine(b, "pg_ctl")))
            .OrderByDescending(b => int.TryParse(Path.GetFileName(Path.GetDirectoryName(b)), out var major) ? major : 0)
            .FirstOrDefault();
    }

    public static async Task<PostgresServer> StartAsync()
    {
        var bin = FindBin() ?? throw new InvalidOperationException(
            "PostgreSQL is not installed: no /usr/lib/postgresql/*/bin/initdb. Run .ci/install-test-deps (Debian package postgresql).");
        var folder = Path.Combine("/tmp", "bw-pg-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);

        // initdb refuses to run as root: then the server runs as the postgres user the Debian package creates.
        var asPostgresUser = Environment.UserName == "root";
        if (asPostgresUser)
        {
            await RunAsync("chown", ["postgres", folder], asPostgresUser: false);
        }

        var server = new PostgresServer(bin, folder, FreePort.Next(), asPostgresUser);
        await server.RunToolAsync("initdb", ["-D", server.DataDirectory, "-A", "trust", "-U", User, "--no-sync", "-E", "UTF8", "--locale=C.UTF-8"]);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await server.RunToolAsync("pg_ctl", ["-D", server.DataDirectory, "-l", Path.Combine(folder, "log"), "-w", "-t", "60", "start",
                    "-o", $"-p {server.Port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200"]);
                return server;
            }
            catch (InvalidOperationException) when (attempt < 3)
            {
                // The free port was taken between the probe and the start: try another.
                server = new PostgresServer(bin, folder, FreePort.Next(), asPostgresUser);
            }
        }
    }

    /// <summary>A fresh, empty database on this server; its connection string without a provider setting.</summary>
    public async Task<string> CreateDatabaseAsync(string prefix = "test")
    {
        var name = $"{prefix}_{Interlocked.Increment(ref _databases)}_{Guid.NewGuid().ToString("N")[..8]}";
        await RunToolAsync("createdb", ["-h", "127.0.0.1", "-p", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-U", User, name]);
        return ConnectionString(name);
    }

    public string ConnectionString(string database) => $"Host=127.0.0.1;Port={Port};Username={User};Database={database}";

    public async ValueTask DisposeAsync()
    {
        try
        {
            await RunToolAsync("pg_ctl", ["-D", DataDirectory, "-m", "immediate", "-w", "stop"]);
        }
        catch (InvalidOperationException)
        {
            // Already stopped; the folder goes anyway.
        }

        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open must not fail the tests that already passed.
        }
    }

    private Task RunToolAsync(string tool, IReadOnlyList<string> args) =>
        RunAsync(Path.Combine(Bin, tool), args, AsPostgresUser);

    private static async Task RunAsync(string file, IReadOnlyList<string> args, bool asPostgresUser)
    {
        var start = new ProcessStartInfo(asPostgresUser ? "runuser" : file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = "/tmp",
        };
        if (asPostgresUser)
        {
            foreach (var a in new[] { "-u", "postgres", "--", file })
            {
                start.ArgumentList.Add(a);
            }
        }

        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{file} did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Path.GetFileName(file)} {string.Join(' ', args)} exited with {process.ExitCode}: {await error}{await output}");
        }
    }
}
