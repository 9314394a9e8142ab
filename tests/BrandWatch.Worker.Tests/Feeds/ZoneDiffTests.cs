using System.IO.Compression;
using BrandWatch.Worker.Feeds;

namespace BrandWatch.Worker.Tests.Feeds;

public sealed class ZoneDiffTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public void DelegatedNames_MasterFileSyntax_ReadsOwnersOfNsRecordsBelowTheApex()
    {
        const string zone =
            """
            $ORIGIN example.
            $TTL 86400
            @   IN  SOA ns.example. admin.example. (
                        2026011001 ; serial
                        7200 3600 1209600 3600 )
            @       IN  NS  a.nic.example.
            alpha   172800  IN  NS  ns1.host.net.
                    172800  IN  NS  ns2.host.net.
            Beta.example.  IN 3600 NS ns1.host.net. ; class before TTL
            gamma   IN  A   192.0.2.1
            delta   NS  ns1.host.net.
            """;

        var names = ZoneFileReader.DelegatedNames(new StringReader(zone)).Distinct().ToList();

        Assert.Equal(["alpha.example", "beta.example", "delta.example"], names);
    }

    [Fact]
    public void DelegatedNames_OriginChangesBetweenRelativeOwners_ResolvesEachAgainstItsOrigin()
    {
        const string zone =
            """
            $ORIGIN example.
            shop    NS  ns1.host.net.
            shop    NS  ns2.host.net.
            $ORIGIN sub.example.
            shop    NS  ns1.host.net. ; same text, other origin
            "quoted" TXT "ignored"
            """;

        var names = ZoneFileReader.DelegatedNames(new StringReader(zone)).Distinct().ToList();

        Assert.Equal(["shop.example", "shop.sub.example"], names);
    }

    [Fact]
    public void DelegatedNames_CzdsStyleAbsoluteLines_ReadsEveryDelegation()
    {
        const string zone =
            "com.\t900\tin\tsoa\ta.gtld-servers.net. nstld.verisign-grs.com. 1 1800 900 604800 86400\n" +
            "com.\t172800\tin\tns\ta.gtld-servers.net.\n" +
            "paypal-login.com.\t172800\tin\tns\tns1.parking.example.\n" +
            "paypal-login.com.\t172800\tin\tns\tns2.parking.example.\n" +
            "ns1.parking.example.com.\t172800\tin\ta\t192.0.2.53\n" +
            "shop.com.\t172800\tin\tns\tns.shop.com.\n";

        var names = ZoneFileReader.DelegatedNames(new StringReader(zone)).Distinct().ToList();

        Assert.Equal(["paypal-login.com", "shop.com"], names);
    }

    [Theory]
    [InlineData(1_000_000)] // everything in one run
    [InlineData(97)]        // many runs on disk merged
    public void Run_GeneratedGzipZones_EmitsExactlyTheNewDelegations(int runSize)
    {
        var random = new Random(20260110);
        var yesterday = Enumerable.Range(0, 3000).Select(i => $"name{random.Next(1_000_000)}x{i}").ToList();
        var today = yesterday.Where((_, i) => i % 10 != 0).ToList();
        var added = Enumerable.Range(0, 250).Select(i => $"fresh{random.Next(1_000_000)}y{i}").ToList();
        today.AddRange(added);
        Shuffle(today, random);
        WriteZone(_folder.File("com-1.zone.gz"), yesterday);
        WriteZone(_folder.File("com-2.zone.gz"), today);
        var output = new StringWriter();

        var result = ZoneDiff.Run(_folder.File("com-1.zone.gz"), _folder.File("com-2.zone.gz"), output, _folder.File("sort"), runSize, cancellationToken: TestContext.Current.CancellationToken);

        var emitted = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(added.Select(a => a + ".com").Order(StringComparer.Ordinal), emitted);
        Assert.Equal(new ZoneDiffResult(3000, today.Count, 250, 300), result);
        Assert.Empty(Directory.EnumerateFiles(_folder.File("sort"), "*", SearchOption.AllDirectories));
    }

    private static void WriteZone(string path, IEnumerable<string> labels)
    {
        using var gzip = new GZipStream(File.Create(path), CompressionLevel.Fastest);
        using var writer = new StreamWriter(gzip);
        writer.WriteLine("com.\t900\tin\tsoa\ta.gtld-servers.net. nstld.verisign-grs.com. 1 1800 900 604800 86400");
        writer.WriteLine("com.\t172800\tin\tns\ta.gtld-servers.net.");
        foreach (var label in labels)
        {
            writer.WriteLine($"{label}.com.\t172800\tin\tns\tns1.{label}.net.");
            writer.WriteLine($"{label}.com.\t172800\tin\tns\tns2.{label}.net.");
        }
    }

    private static void Shuffle(List<string> list, Random random)
    {
        for (var i = list.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }
    }

    public void Dispose() => _folder.Dispose();
}
