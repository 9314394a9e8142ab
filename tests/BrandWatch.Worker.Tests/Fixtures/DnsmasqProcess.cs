using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace BrandWatch.Worker.Tests.Fixtures;

/// <summary>One dnsmasq process on 127.0.0.1 serving a generated configuration file, killed when disposed.</summary>
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

    public static DnsmasqProcess Start(string configFile)
    {
        if (!File.Exists(Executable))
        {
            throw new InvalidOperationException($"{Executable} is missing: run .ci/install-test-deps (it installs the Debian package dnsmasq) and run the tests again");
        }

        var port = FreePort.Next();
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
