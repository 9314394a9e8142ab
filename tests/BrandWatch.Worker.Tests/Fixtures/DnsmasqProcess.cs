using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using DnsClient;

namespace BrandWatch.Worker.Tests.Fixtures;

/// <summary>
/// The one launcher of dnsmasq in the tests: a process on 127.0.0.1 serving a configuration file, killed when disposed.
/// Callers wait for its readiness signal (an answer to a query), never for a fixed time.
/// </summary>
public sealed class DnsmasqProcess : IDisposable
{
    public const string Executable = "/usr/sbin/dnsmasq";

    private readonly Process _process;
    private readonly StringBuilder _log = new();

    private DnsmasqProcess(Process process, int port)
    {
        _process = process;
        Port = port;
    }

    public int Port { get; }

    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    public bool HasExited => _process.HasExited;

    public static DnsmasqProcess Start(string configFile, int? onPort = null)
    {
        if (!File.Exists(Executable))
        {
            throw new InvalidOperationException($"{Executable} is missing: run .ci/install-test-deps (it installs the Debian package dnsmasq) and run the tests again");
        }

        var port = onPort ?? FreePort.Next();
        var info = new ProcessStartInfo(Executable)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "--no-daemon", "--keep-in-foreground", string.Create(CultureInfo.InvariantCulture, $"--port={port}"), "--listen-address=127.0.0.1",
            "--bind-interfaces", "--no-resolv", "--no-hosts", "--no-poll", "--pid-file",
            "--log-queries", "--log-facility=-", "--conf-file=" + configFile,
        })
        {
            info.ArgumentList.Add(argument);
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("dnsmasq did not start");
        var dnsmasq = new DnsmasqProcess(process, port);
        process.OutputDataReceived += (_, e) => dnsmasq.Append(e.Data);
        process.ErrorDataReceived += (_, e) => dnsmasq.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return dnsmasq;
    }

    /// <summary>
    /// Starts dnsmasq and waits until it answers <paramref name="probe"/>; a start that loses its port to another process
    /// in the meantime is retried on a new port.
    /// </summary>
    public static async Task<DnsmasqProcess> StartAnsweringAsync(string configFile, string probe, bool needsAnAddress = false, int? onPort = null)
    {
        for (var attempt = 1; ; attempt++)
        {
            var process = Start(configFile, onPort);
            try
            {
                await process.WaitUntilAnsweringAsync(probe, needsAnAddress);
                return process;
            }
            catch (InvalidOperationException) when (process.HasExited && attempt < 3)
            {
                process.Dispose();
            }
            catch
            {
                process.Dispose();
                throw;
            }
        }
    }

    /// <summary>Polls until a query for <paramref name="name"/> gets a response (with an address, when asked for one).</summary>
    public async Task WaitUntilAnsweringAsync(string name, bool needsAnAddress = false)
    {
        var client = new LookupClient(new LookupClientOptions(new NameServer(IPAddress.Loopback, Port))
        {
            Timeout = TimeSpan.FromMilliseconds(200),
            Retries = 0,
            UseCache = false,
            ThrowDnsErrors = false,
        });
        var ready = false;
        await Eventually.HoldsAsync(async () =>
        {
            if (HasExited)
            {
                throw new InvalidOperationException("dnsmasq exited at start-up:\n" + Log);
            }

            try
            {
                var response = await client.QueryAsync(name, QueryType.A);
                ready = !needsAnAddress || response.Answers.Count > 0;
            }
            catch (DnsResponseException)
            {
                // not listening yet
            }

            return ready;
        }, () => $"dnsmasq on port {Port} answered {name}:\n{Log}", TimeSpan.FromSeconds(10), TimeSpan.FromMilliseconds(50));
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill();
                _process.WaitForExit(5000);
            }
        }
        catch (InvalidOperationException)
        {
            // already gone
        }

        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_log)
        {
            _log.AppendLine(line);
        }
    }
}
