using System.Text;
using BrandWatch.Rules.Domains;
using BrandWatch.Rules.Marks;
using BrandWatch.Rules.Pages;
using BrandWatch.Rules.Registration;
using BrandWatch.Rules.RuleCases;
using BrandWatch.Rules.Scoring.Configuration;
using BrandWatch.Worker.Feeds;

namespace BrandWatch.Fuzz;

/// <summary>Every parser that reads untrusted input, one harness each.</summary>
internal static class Targets
{
    private static readonly Lazy<PageAnalyzer> Analyzer = new(() =>
        new PageAnalyzer(PortfolioJson.Parse(File.ReadAllText(Repo.Find().Path("samples", "marks.json")), "samples/marks.json").Marks, PageAnalysisOptions.Default));

    private static readonly Lazy<IReadOnlyList<Mark>> Library = new(() =>
        PortfolioJson.Parse(File.ReadAllText(Repo.Find().Path("samples", "marks.json")), "samples/marks.json").Marks);

    private static readonly Uri PageUrl = new("https://paypal-login.example/signin");

    public static IReadOnlyList<FuzzTarget> All { get; } =
    [
        new("domain", "DomainName.Parse (IDNA, public suffixes)",
            repo => repo.FeedNames().Select(Encoding.UTF8.GetBytes),
            text => DomainName.Parse(text)),
        new("feed", "FeedLineReader + DomainName.Parse (a newly-registered-domain list)",
            repo => [File.ReadAllBytes(repo.Path("samples", "feeds", "newly-registered.txt"))],
            text =>
            {
                foreach (var line in FeedLineReader.ReadAsync(new StringReader(text)).ToBlockingEnumerable())
                {
                    if (!line.IsRejected)
                    {
                        DomainName.Parse(line.Text);
                    }
                }
            }),
        new("zone", "ZoneFileReader.DelegatedNames (an RFC 1035 master file)",
            repo => [Encoding.UTF8.GetBytes(Zone(repo))],
            text => ZoneFileReader.DelegatedNames(new StringReader(text)).ToList(),
            typeof(InvalidDataException), typeof(FormatException)),
        new("rdap", "RdapParser.Parse (an RDAP domain answer)",
            repo => repo.Files("samples/rule-cases/evidence", "*.json").Concat(repo.Files("tests/BrandWatch.Worker.Tests/TestData/rdap", "*.json")),
            text => RdapParser.Parse(text),
            typeof(FormatException)),
        new("whois", "WhoisParser.Parse (port-43 WHOIS text)",
            repo => repo.Files("tests/BrandWatch.Worker.Tests/TestData/whois", "*.txt"),
            text => WhoisParser.Parse(text)),
        new("page", "PageAnalyzer.Analyze (a fetched HTML page, against the sample portfolio)",
            repo => repo.Files("samples/rule-cases/pages", "*.html").Concat(repo.Files("samples/sites", "*.html")),
            text => Analyzer.Value.Analyze(text, PageUrl)),
        new("rule-case", "RuleCaseJson.Parse (a rule regression case)",
            repo => repo.Files("samples/rule-cases", "*.json").Where(b => !Encoding.UTF8.GetString(b).Contains("\"rdapConformance\"", StringComparison.Ordinal)),
            text => RuleCaseJson.Parse(text, "fuzz.json", _ => null, Library.Value, RuleSetJson.Default),
            typeof(RuleCaseException)),
        new("rules", "RuleSetJson.Parse (rules.json)",
            repo => [File.ReadAllBytes(repo.Path("samples", "rules.json"))],
            text => RuleSetJson.Parse(text),
            typeof(RuleConfigException)),
        new("portfolio", "PortfolioJson.Parse (a portfolio of marks)",
            repo => [File.ReadAllBytes(repo.Path("samples", "marks.json"))],
            text => PortfolioJson.Parse(text, "fuzz.json")),
    ];

    /// <summary>A small zone built from the sample feed's names: $ORIGIN, $TTL, SOA over several lines, NS records.</summary>
    private static string Zone(Repo repo)
    {
        var zone = new StringBuilder("$ORIGIN com.\n$TTL 86400\n@ IN SOA a.gtld-servers.net. nstld.verisign-grs.com. (\n  1 1800 900 604800 86400 )\n");
        foreach (var name in repo.FeedNames().Where(n => n.EndsWith(".com", StringComparison.Ordinal)).Take(40))
        {
            zone.Append(name[..^4]).Append(" 172800 IN NS ns1.example.net. ; seed\n");
        }

        return zone.ToString();
    }
}
