using BenchmarkDotNet.Attributes;
using BrandWatch.Rules.Domains;

namespace BrandWatch.Benchmarks;

/// <summary>
/// UTS #46 both ways for one internationalised name, written in Unicode and as xn-- (the two forms a feed carries),
/// and the whole domain parse (IDNA, then the public suffix list). The harness's <c>idna</c> verb runs the real day's
/// 620 IDNs with .NET's IdnMapping as the peer.
/// </summary>
[MemoryDiagnoser]
public class IdnaBenchmarks
{
    private const string Unicode = "bücher-münchen.de";
    private const string Ascii = "xn--bcher-mnchen-dlbg.de";

    [GlobalSetup]
    public void Setup()
    {
        if (Uts46.ToAsciiAndUnicode(Unicode, IdnaOptions.Registration, out var ascii, out _) is not null || ascii != Ascii)
        {
            throw new InvalidOperationException($"{Unicode} no longer converts to {Ascii}");
        }
    }

    [Benchmark(Baseline = true)]
    public int FromUnicode() => Uts46.ToAsciiAndUnicode(Unicode, IdnaOptions.Registration, out var a, out var u) is null ? a.Length + u.Length : 0;

    [Benchmark]
    public int FromPunycode() => Uts46.ToAsciiAndUnicode(Ascii, IdnaOptions.Registration, out var a, out var u) is null ? a.Length + u.Length : 0;

    [Benchmark]
    public bool ParseDomain() => DomainName.Parse(Unicode).Domain is not null;
}
