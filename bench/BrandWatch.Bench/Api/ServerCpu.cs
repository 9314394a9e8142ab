using Npgsql;

namespace BrandWatch.Bench.Api;

/// <summary>
/// The CPU time of a PostgreSQL server on this machine: the postmaster (its PID from <c>postmaster.pid</c> in the data
/// directory) and every process it started, read from <c>/proc</c>. Backends that exit take their time with them; the
/// bench's pooled connections stay open, so a run's difference is the server's work for it.
/// </summary>
internal sealed class ServerCpu
{
    private const double TicksPerSecond = 100; // USER_HZ on Linux

    private readonly int _postmaster;

    private ServerCpu(int postmaster) => _postmaster = postmaster;

    /// <summary>The server behind <paramref name="connectionString"/> when it runs here and this user can read its data directory's PID file; otherwise null.</summary>
    public static async Task<ServerCpu?> FindAsync(string connectionString)
    {
        try
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("SHOW data_directory", connection);
            var folder = (string?)await command.ExecuteScalarAsync();
            var pidFile = folder is null ? null : Path.Combine(folder, "postmaster.pid");
            return pidFile is not null && File.Exists(pidFile) && int.TryParse((await File.ReadAllLinesAsync(pidFile))[0], out var pid) && Directory.Exists($"/proc/{pid}")
                ? new ServerCpu(pid)
                : null;
        }
        catch (Exception ex) when (ex is NpgsqlException or IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Seconds of CPU (user + system) the server's processes have used so far.</summary>
    public double Seconds()
    {
        var ticks = 0L;
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(folder), out var pid))
            {
                continue;
            }

            try
            {
                // Fields after the parenthesised command name: state ppid … utime (14th field) stime (15th).
                var stat = File.ReadAllText(Path.Combine(folder, "stat"));
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                if (pid == _postmaster || int.Parse(fields[1], System.Globalization.CultureInfo.InvariantCulture) == _postmaster)
                {
                    ticks += long.Parse(fields[11], System.Globalization.CultureInfo.InvariantCulture) + long.Parse(fields[12], System.Globalization.CultureInfo.InvariantCulture);
                }
            }
            catch (IOException)
            {
                // The process ended while being read.
            }
        }

        return ticks / TicksPerSecond;
    }
}
