using System.Globalization;
using BrandWatch.Worker.Tests.Fixtures;

namespace BrandWatch.Worker.Tests.EndToEnd;

/// <summary>Waits for a Worker process to read the sample feed to its end and finish every work item.</summary>
internal static class EndToEndWait
{
    public static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    /// <summary>The cursor's end: the number of the sample feed's last line that holds a domain.</summary>
    public static string LastLine { get; } = "\t" + File.ReadLines(RepoPaths.Of("samples", "feeds", "newly-registered.txt"))
        .Select((line, index) => (Text: line.Split('#')[0].Trim(), Number: index + 1)).Last(l => l.Text.Length > 0).Number.ToString(CultureInfo.InvariantCulture);

    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(200);

    public static async Task<Dictionary<string, long>> UntilDoneAsync(WorkerProcess worker, string database, string feed)
    {
        var stages = new Dictionary<string, long>();
        await Eventually.HoldsAsync(async () =>
        {
            Assert.False(worker.HasExited, "the worker stopped: " + worker.Output);
            stages = await WorkState.StagesAsync(database);
            return stages.Count > 0 && WorkState.Open(stages) == 0 && (await WorkState.CursorAsync(database, feed))?.EndsWith(LastLine, StringComparison.Ordinal) == true;
        }, () => "the worker finished the feed: " + worker.Output, Patience, Interval);
        return stages;
    }
}
