namespace BrandWatch.Api.Evidence;

/// <summary>
/// <c>verify PACKAGE.zip [--key PUBLIC.pem]</c>: checks an evidence package offline. Prints one line per failure (or
/// one "ok" line) and exits 0 when intact, 1 when it fails, 2 on bad arguments or an unreadable file.
/// Without <c>--key</c> the package's own public key is used: that proves integrity, not who signed it; pin the key
/// from <c>GET /api/evidence/signing-key</c> to prove that.
/// </summary>
public static class VerifyCommand
{
    public const string Usage = "usage: verify PACKAGE.zip [--key PUBLIC-KEY.pem]";

    public static async Task<int> RunAsync(string[] args, TextWriter? output = null, TextWriter? error = null)
    {
        output ??= Console.Out;
        error ??= Console.Error;
        string? package = null;
        string? keyPath = null;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--key" && i + 1 < args.Length)
            {
                keyPath = args[++i];
            }
            else if (package is null && !args[i].StartsWith("--", StringComparison.Ordinal))
            {
                package = args[i];
            }
            else
            {
                await error.WriteLineAsync(Usage);
                return 2;
            }
        }

        if (package is null)
        {
            await error.WriteLineAsync(Usage);
            return 2;
        }

        string? pinned = null;
        try
        {
            if (keyPath is not null)
            {
                pinned = await File.ReadAllTextAsync(keyPath);
            }

            await using var stream = File.OpenRead(package);
            var result = await PackageVerifier.VerifyAsync(stream, pinned, CancellationToken.None);
            if (result.Valid)
            {
                await output.WriteLineAsync($"ok: {package}: case {result.CaseId}, {result.Files} files, signed by key {result.KeyId}{(pinned is null ? " (not pinned: pass --key to check who signed)" : string.Empty)}");
                return 0;
            }

            foreach (var failure in result.Failures)
            {
                await error.WriteLineAsync($"{package}: {failure}");
            }

            return 1;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"error: {ex.Message}");
            return 2;
        }
    }
}
