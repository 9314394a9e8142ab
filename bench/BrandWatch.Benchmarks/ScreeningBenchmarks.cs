using BenchmarkDotNet.Attributes;
using BrandWatch.Rules.Screening;

namespace BrandWatch.Benchmarks;

/// <summary>
/// One domain screened against an index built once from the sample marks: a hit (a typo of PayPal with a risky word)
/// and a miss (an ordinary name, the path almost every registration takes). The end-to-end figure over a million
/// domains is the harness's <c>screen</c> verb.
/// </summary>
[MemoryDiagnoser]
public class ScreeningBenchmarks
{
    private const string HitDomain = "paypa1-login.com";
    private const string MissDomain = "gardenfurniture-outlet.com";
    private MarkIndex _index = null!;

    [GlobalSetup]
    public void Setup()
    {
        _index = MarkIndex.Build(Repository.SampleMarks(), ScreeningOptions.Default);
        if (_index.Screen(HitDomain).Count == 0 || _index.Screen(MissDomain).Count != 0)
        {
            throw new InvalidOperationException($"the sample marks no longer flag {HitDomain} alone: pick other names");
        }
    }

    [Benchmark]
    public int Hit() => _index.Screen(HitDomain).Count;

    [Benchmark(Baseline = true)]
    public int Miss() => _index.Screen(MissDomain).Count;
}
