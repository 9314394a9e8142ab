using System.IO.Compression;
using BrandWatch.Rules.Tests.Domains;

namespace BrandWatch.Rules.Tests.Screening;

/// <summary>
/// Every permutation dnstwist 20221213 generates (all fuzzers, its English dictionary and common TLD list) for each
/// sample mark's official domain is flagged for that mark, except the mark's own official domains and the permutations
/// listed with their reason in data/dnstwist-exempt.tsv. Both lists come from data/generate-dnstwist.py and review.
/// </summary>
public sealed class DnstwistPermutationTests
{
    [Fact]
    public void Screen_EveryDnstwistPermutation_FlaggedUnlessListedExempt()
    {
        var permutations = Read();
        var exempt = ReadExempt();
        var official = SampleIndex.Portfolio.Marks.ToDictionary(m => m.Id, m => m.OfficialDomains.ToHashSet(StringComparer.Ordinal));
        Assert.True(permutations.Count > 100_000, $"{permutations.Count} permutations read");

        var missed = permutations
            .Where(p => !official[p.Mark].Contains(p.Domain))
            .Where(p => !SampleIndex.Index.Screen(p.Domain).Any(m => m.Mark == p.Mark))
            .Select(p => (p.Domain, p.Mark))
            .ToHashSet();

        var unexpected = missed.Where(m => !exempt.Contains(m)).ToList();
        var nowFlagged = exempt.Where(e => !missed.Contains(e)).ToList();
        TestContext.Current.TestOutputHelper?.WriteLine($"{permutations.Count} permutations, {missed.Count} unflagged (all listed exempt)");
        Assert.True(unexpected.Count == 0, $"{unexpected.Count} permutations not flagged: " + string.Join(" ", unexpected.Take(60)));
        Assert.True(nowFlagged.Count == 0, $"{nowFlagged.Count} exempt permutations are flagged now; update the exempt list: " + string.Join(" ", nowFlagged.Take(60)));
    }

    [Fact]
    public void ExemptList_EveryReasonIsADocumentedRule()
    {
        var reasons = File.ReadLines(ExemptPath).Where(l => !l.StartsWith('#')).Select(l => l.Split('\t')[2]).ToHashSet();

        Assert.Subset(new HashSet<string> { "short", "a2", "glyph-overlap" }, reasons);
    }

    private static string ExemptPath => RepoData.Path("tests", "BrandWatch.Rules.Tests", "Screening", "data", "dnstwist-exempt.tsv");

    private static HashSet<(string Domain, string Mark)> ReadExempt() =>
        File.ReadLines(ExemptPath).Where(l => !l.StartsWith('#') && l.Length > 0).Select(l => l.Split('\t')).Select(f => (f[0], f[1])).ToHashSet();

    internal static List<(string Mark, string Fuzzer, string Domain)> Read()
    {
        using var stream = new GZipStream(File.OpenRead(RepoData.Path("tests", "BrandWatch.Rules.Tests", "Screening", "data", "dnstwist-permutations.tsv.gz")), CompressionMode.Decompress);
        using var reader = new StreamReader(stream);
        var result = new List<(string, string, string)>();
        while (reader.ReadLine() is { } line)
        {
            if (line.StartsWith('#'))
            {
                continue;
            }

            var fields = line.Split('\t');
            result.Add((fields[0], fields[1], fields[2]));
        }

        return result;
    }
}
