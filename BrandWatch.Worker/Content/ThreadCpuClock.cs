using System.Diagnostics;
using System.Runtime.InteropServices;

namespace BrandWatch.Worker.Content;

/// <summary>
/// CPU time of the calling thread (Linux <c>getrusage(RUSAGE_THREAD)</c>), to measure a synchronous call's CPU rather
/// than its wall time, which on a loaded machine includes the time other processes held the core. Elsewhere it falls
/// back to the wall clock. .NET exposes no per-thread CPU time of its own (only the process's).
/// </summary>
internal static class ThreadCpuClock
{
    private const int RusageThread = 1;

    private static readonly bool Available = OperatingSystem.IsLinux() && Probe();

    /// <summary>True when <see cref="Now"/> is thread CPU time, false when it is the wall clock.</summary>
    public static bool IsCpuTime => Available;

    /// <summary>A reading in ticks (100 ns); subtract two readings taken on the same thread.</summary>
    public static long Now()
    {
        if (Available && GetRusage(RusageThread, out var usage) == 0)
        {
            return (usage.UserSeconds + usage.SystemSeconds) * TimeSpan.TicksPerSecond + (usage.UserMicroseconds + usage.SystemMicroseconds) * 10;
        }

        return Stopwatch.GetElapsedTime(0).Ticks;
    }

    private static bool Probe()
    {
        try
        {
            return GetRusage(RusageThread, out _) == 0;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    // DllImport rather than LibraryImport: the struct is blittable, so no marshalling code is needed and the project
    // needs no unsafe blocks.
    [DllImport("libc", EntryPoint = "getrusage")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int GetRusage(int who, out Rusage usage);

    /// <summary>The head of <c>struct rusage</c> on 64-bit Linux: two timevals, then fourteen longs not read here.</summary>
    [StructLayout(LayoutKind.Sequential, Size = 144)]
    private struct Rusage
    {
        public long UserSeconds;
        public long UserMicroseconds;
        public long SystemSeconds;
        public long SystemMicroseconds;
    }
}
