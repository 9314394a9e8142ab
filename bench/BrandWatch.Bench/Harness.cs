using System.CommandLine;

namespace BrandWatch.Bench;

/// <summary>
/// The harness's verbs, one per measured path of docs/benchmarks.md. Until session 9 they were the Worker's
/// <c>bench</c> verbs, and <c>api</c> was the Api's own <c>bench</c> verb; the verbs, their options and their output
/// are the same.
/// </summary>
internal static class Harness
{
    public static RootCommand Create()
    {
        var root = new RootCommand("BrandWatch benchmarks: measure the hot paths and print figures for docs/benchmarks.md (run from the repository root)")
        {
            PagesBenchmark.Create(),
            ScoreBenchmark.Create(),
            ScreenBench.Create(),
            IdnaBenchmark.Create(),
            CtBench.Create(),
            CaptureBench.Create(),
            WorkersBench.Create(),
            Api.ApiBench.Create(),
        };
        WorkerBench.AddTo(root);
        return root;
    }
}
