namespace BrandWatch.Worker.Cli;

/// <summary>Process exit codes, documented in the README.</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    /// <summary>At least one rule case failed (rules test).</summary>
    public const int Failures = 1;
    /// <summary>Bad input: a missing file, an unreadable portfolio, an invalid rule case, nothing readable in a feed.</summary>
    public const int BadInput = 2;
    /// <summary>An unexpected failure (a bug): one line on standard error, the details with BRANDWATCH_DEBUG=1.</summary>
    public const int Unexpected = 3;
    /// <summary>Cancelled by Ctrl-C or SIGTERM.</summary>
    public const int Cancelled = 130;
}
