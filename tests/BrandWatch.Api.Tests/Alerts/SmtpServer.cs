using System.Diagnostics;
using MimeKit;

namespace BrandWatch.Api.Tests.Alerts;

/// <summary>
/// Debian's aiosmtpd on 127.0.0.1 as a real SMTP server requiring AUTH, writing each message it accepts to a folder.
/// </summary>
public sealed class SmtpServer : IAsyncDisposable
{
    public const string UserName = "alerts";
    public const string Password = "relay-password";

    // Accepts AUTH PLAIN/LOGIN for one user without TLS (loopback only) and writes each message atomically.
    private const string Script = """
        import os, sys, uuid
        from aiosmtpd.controller import Controller
        from aiosmtpd.smtp import AuthResult, LoginPassword

        outdir, port, user, password = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
        tls = None
        if len(sys.argv) > 6:
            import ssl
            tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
            tls.load_cert_chain(sys.argv[5], sys.argv[6])

        class Handler:
            async def handle_DATA(self, server, session, envelope):
                path = os.path.join(outdir, uuid.uuid4().hex + ".eml")
                with open(path + ".tmp", "wb") as f:
                    f.write(envelope.original_content or envelope.content)
                os.rename(path + ".tmp", path)
                return "250 Message accepted"

        def authenticator(server, session, envelope, mechanism, auth_data):
            ok = isinstance(auth_data, LoginPassword) and auth_data.login.decode() == user and auth_data.password.decode() == password
            return AuthResult(success=ok, handled=False)

        controller = Controller(Handler(), hostname="127.0.0.1", port=port, authenticator=authenticator,
                                auth_required=True, auth_require_tls=tls is not None,
                                tls_context=tls, require_starttls=tls is not None)
        controller.start()
        print("ready", flush=True)
        sys.stdin.read()
        controller.stop()
        """;

    private readonly Process _process;

    private SmtpServer(Process process, string folder, int port)
    {
        _process = process;
        Folder = folder;
        Port = port;
    }

    public int Port { get; }

    public string Folder { get; }

    /// <param name="tlsCertificate">PEM certificate and key files: the server then offers STARTTLS and refuses mail without it.</param>
    public static async Task<SmtpServer> StartAsync(string workFolder, (string Certificate, string Key)? tlsCertificate = null)
    {
        var python = FindPythonWithAiosmtpd()
            ?? throw new InvalidOperationException("python3-aiosmtpd is missing: run .ci/install-test-deps (it installs Debian's python3-aiosmtpd).");
        var folder = Path.Combine(workFolder, "mail");
        Directory.CreateDirectory(folder);
        var script = Path.Combine(workFolder, "smtp_sink.py");
        await File.WriteAllTextAsync(script, Script, TestContext.Current.CancellationToken);
        var port = FreePort.Next();
        var start = new ProcessStartInfo(python)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { script, folder, port.ToString(System.Globalization.CultureInfo.InvariantCulture), UserName, Password })
        {
            start.ArgumentList.Add(argument);
        }

        if (tlsCertificate is { } tls)
        {
            start.ArgumentList.Add(tls.Certificate);
            start.ArgumentList.Add(tls.Key);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"{python} did not start");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        var line = await process.StandardOutput.ReadLineAsync(timeout.Token);
        if (line != "ready")
        {
            var error = await process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
            process.Kill(entireProcessTree: true);
            process.Dispose();
            throw new InvalidOperationException($"aiosmtpd did not start: {error}");
        }

        return new SmtpServer(process, folder, port);
    }

    /// <summary>The messages received so far, oldest first.</summary>
    public IReadOnlyList<MimeMessage> Messages() =>
        Directory.GetFiles(Folder, "*.eml")
            .Select(f => (Time: File.GetLastWriteTimeUtc(f), Message: MimeMessage.Load(f)))
            .OrderBy(m => m.Time)
            .Select(m => m.Message)
            .ToList();

    public int Count => Directory.GetFiles(Folder, "*.eml").Length;

    public Dictionary<string, string?> Settings() => new()
    {
        ["Alerts:Smtp:Host"] = "127.0.0.1",
        ["Alerts:Smtp:Port"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Alerts:Smtp:UserName"] = UserName,
        ["Alerts:Smtp:Password"] = Password,
        ["Alerts:Smtp:From"] = "alerts@brandwatch.example",
        ["Alerts:Smtp:AllowPlaintextAuthentication"] = "true", // the relay on loopback speaks plain SMTP unless given a certificate
    };

    public async ValueTask DisposeAsync()
    {
        try
        {
            _process.StandardInput.Close();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
        }
        finally
        {
            _process.Dispose();
        }
    }

    private static string? FindPythonWithAiosmtpd()
    {
        foreach (var candidate in new[] { "/usr/bin/python3", "python3" })
        {
            try
            {
                using var probe = Process.Start(new ProcessStartInfo(candidate, ["-c", "import aiosmtpd"])
                {
                    RedirectStandardError = true,
                    RedirectStandardOutput = true,
                    UseShellExecute = false,
                });
                if (probe is null)
                {
                    continue;
                }

                probe.WaitForExit(30_000);
                if (probe.HasExited && probe.ExitCode == 0)
                {
                    return candidate;
                }
            }
            catch (System.ComponentModel.Win32Exception)
            {
                // Not installed under this name; try the next.
            }
        }

        return null;
    }
}
