using BenchmarkDotNet.Attributes;
using BrandWatch.Rules.Pages;

namespace BrandWatch.Benchmarks;

/// <summary>
/// One recorded page analysed against the sample marks: the PayPal credential imitation of samples/sites (about
/// 3 KB, several findings). The harness's <c>pages</c> verb measures pages grown to 50–200 KB on two threads.
/// </summary>
[MemoryDiagnoser]
public class PageAnalysisBenchmarks
{
    private static readonly Uri Url = new("https://paypa1-login.example/");
    private PageAnalyzer _analyzer = null!;
    private string _html = null!;

    [GlobalSetup]
    public void Setup()
    {
        _analyzer = new PageAnalyzer(Repository.SampleMarks(), PageAnalysisOptions.Default);
        _html = File.ReadAllText(Repository.Of("samples", "sites", "phishing-paypa1-login.html"));
        if (_analyzer.Analyze(_html, Url).Count == 0)
        {
            throw new InvalidOperationException("the PayPal imitation gives no finding: pick another page");
        }
    }

    [Benchmark]
    public int AnalyseOnePage() => _analyzer.Analyze(_html, Url).Count;
}
