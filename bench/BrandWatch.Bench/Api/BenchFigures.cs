namespace BrandWatch.Bench.Api;

/// <summary>What every bench reports its figures with: nearest-rank percentiles and the machine's load.</summary>
internal static class BenchFigures
{
    /// <summary>The nearest-rank percentile <paramref name="p"/> (0–1) of the values; 0 when there are none.</summary>
    public static double Percentile(IEnumerable<double> values, double p)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
    }

    /// <summary>The 1-minute load average (Linux), to read the figures against what else ran on the machine.</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";
}
