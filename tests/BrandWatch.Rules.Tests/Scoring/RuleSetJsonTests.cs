using System.Text.Json;
using System.Text.Json.Nodes;
using BrandWatch.Rules.Pages;
using BrandWatch.Rules.Scoring;
using BrandWatch.Rules.Scoring.Configuration;
using BrandWatch.Rules.Screening;

namespace BrandWatch.Rules.Tests.Scoring;

public sealed class RuleSetJsonTests
{
    private static readonly string DefaultText = RuleSetJson.ReadDefaultText();

    [Fact]
    public void Parse_DefaultRules_HasVersionHashAndAWeightForEveryCriterion()
    {
        var rules = RuleSetJson.Default;

        Assert.Equal("2026.12.39", rules.Version);
        Assert.Equal(3, rules.Thresholds.CndrpBarYears);
        Assert.Equal(1, rules.Thresholds.PatternDomains);
        Assert.Matches("^[0-9a-f]{64}$", rules.Hash);
        Assert.All(CriterionCatalog.Ids, id => Assert.True(rules.Weights.ContainsKey(id), id));
    }

    [Fact]
    public void DefaultRules_PageLists_AreTheAnalysersDefaults()
    {
        // The shipped file spells the analyser's phrase lists out so that an operator can edit them; a list added to the
        // code and not to the file would silently never run in production (the pejorative words did, until rules 2026.12.25).
        var shipped = RuleSetJson.Default.Pages.ToOptions();
        var lists = typeof(PageAnalysisOptions).GetProperties()
            .Where(p => p.PropertyType == typeof(IReadOnlyList<string>)).ToList();

        Assert.NotEmpty(lists);
        Assert.All(lists, p => Assert.Equal((IReadOnlyList<string>)p.GetValue(PageAnalysisOptions.Default)!, (IReadOnlyList<string>)p.GetValue(shipped)!));
    }

    [Fact]
    public void DefaultRules_ScreeningLists_AreTheScreenersDefaults()
    {
        // Until rules 2026.12.25 the file's risky terms lacked 19 of the screener's (download, mobile, signup, cdn …), so
        // production screened with a shorter list than the tests and the dnstwist comparison certify.
        var shipped = RuleSetJson.Default.Screening.ToOptions();

        Assert.Equal(ScreeningOptions.Default.RiskyTerms, shipped.RiskyTerms);
        Assert.Equal(ScreeningOptions.Default.CorporateWords, shipped.CorporateWords);
    }

    [Fact]
    public void Parse_OlderParkingMarkers_AreAddedToThePagesParkingPhrases()
    {
        // Configurations written before pages.parkingPhrases listed their captions under words.parkingMarkers, which
        // nothing read; they load, and those captions now reach the analyser beside its own.
        var node = JsonNode.Parse(DefaultText)!;
        node["words"]!["parkingMarkers"] = new JsonArray("This Domain Is Parked", "related searches");

        var phrases = RuleSetJson.Parse(node.ToJsonString()).Pages.ToOptions().ParkingPhrases;

        Assert.Contains("this domain is parked", phrases);
        Assert.Single(phrases, p => p == "related searches");
        Assert.Equal(PageAnalysisOptions.Default.ParkingPhrases.Count + 1, phrases.Count);
        Assert.Equal(PageAnalysisOptions.Default.ParkingPhrases, RuleSetJson.Default.Pages.ToOptions().ParkingPhrases);
    }

    [Fact]
    public void Hash_IgnoresKeyOrderAndWhitespace_ButNotValues()
    {
        var node = JsonNode.Parse(DefaultText)!.AsObject();
        var reordered = new JsonObject(node.Select(p => KeyValuePair.Create(p.Key, p.Value?.DeepClone())).Reverse());
        var changed = JsonNode.Parse(DefaultText)!;
        changed["weights"]!["A1"] = 0.9;

        Assert.Equal(RuleSetJson.Default.Hash, RuleSetJson.Parse(reordered.ToJsonString(new JsonSerializerOptions { WriteIndented = true })).Hash);
        Assert.NotEqual(RuleSetJson.Default.Hash, RuleSetJson.Parse(changed.ToJsonString()).Hash);
    }

    [Theory]
    [InlineData("weights.A14", 0.5, "$.weights.A14: unknown criterion; expected one of A1")]
    [InlineData("weights.A1", 1.5, "$.weights.A1: expected a number in [0, 1], found the number 1.5")]
    [InlineData("weights.A1", "high", "$.weights.A1: expected a number in [0, 1], found the string \"high\"")]
    [InlineData("thresholds.minSimilarty", 0.7, "$.thresholds.minSimilarty: unknown key; expected a threshold")]
    [InlineData("thresholds.patternDomains", 0.5, "$.thresholds.patternDomains: expected an integer in [1, 1000], found the number 0.5")]
    [InlineData("words.riskyTerms", 3, "$.words.riskyTerms: expected an array of strings, found the number 3")]
    [InlineData("exceptions.okidata", "x", "$.exceptions.okidata: expected an object, found the string \"x\"")]
    [InlineData("pages.colour", "red", "$.pages.colour: unknown key; expected one of forSalePhrases")]
    [InlineData("overall.act", 0.9, "$.overall: expected the four weights to sum to 1, found 1.6")]
    [InlineData("extra", true, "$.extra: unknown key; expected one of version")]
    [InlineData("thresholds.minAct", null, "$.thresholds.minAct: expected a number in [0, 1], found null")]
    [InlineData("exceptions.okidata", null, "$.exceptions.okidata: expected an object, found null")]
    [InlineData("pages.forSalePhrases", null, "$.pages.forSalePhrases: expected an array of strings, found null")]
    [InlineData("pages.minReviewWords", null, "$.pages.minReviewWords: expected an integer in [1, 100], found null")]
    [InlineData("screening.exclusions.okidata", "x", "$.screening.exclusions.okidata: expected an array of strings, found the string \"x\"")]
    [InlineData("version", " ", "$.version: expected a non-empty string, found the string \" \"")]
    public void Parse_BadValue_FailsWithPathAndExpectation(string path, object? value, string expectedStart)
    {
        var node = JsonNode.Parse(DefaultText)!;
        var parts = path.Split('.');
        var parent = parts[..^1].Aggregate(node, (n, key) => n[key]!);
        parent[parts[^1]] = JsonValue.Create(value);

        var error = Assert.Throws<RuleConfigException>(() => RuleSetJson.Parse(node.ToJsonString()));

        Assert.StartsWith(expectedStart, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MissingWeight_NamesIt()
    {
        var node = JsonNode.Parse(DefaultText)!;
        node["weights"]!.AsObject().Remove("F7");

        var error = Assert.Throws<RuleConfigException>(() => RuleSetJson.Parse(node.ToJsonString()));

        Assert.Equal("$.weights.F7", error.Path);
    }

    [Theory]
    [InlineData("thresholds", "minAct", "$.thresholds.minAct: is required (a number in [0, 1])")]
    [InlineData("thresholds", "patternDomains", "$.thresholds.patternDomains: is required (an integer in [1, 1000])")]
    [InlineData("words", "cndrpTlds", "$.words.cndrpTlds: is required (an array of strings)")]
    [InlineData(null, "pages", "$.pages: is required (an object)")]
    public void Parse_MissingKey_NamesItAndWhatIsExpected(string? section, string key, string expected)
    {
        var node = JsonNode.Parse(DefaultText)!;
        (section is null ? node : node[section]!).AsObject().Remove(key);

        var error = Assert.Throws<RuleConfigException>(() => RuleSetJson.Parse(node.ToJsonString()));

        Assert.Equal(expected, error.Message);
    }

    [Fact]
    public void Parse_MalformedJson_GivesTheLine()
    {
        var error = Assert.Throws<RuleConfigException>(() => RuleSetJson.Parse("{\n  \"version\": \"1\",\n  \"weights\": {,}\n}"));

        Assert.Contains("line 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Schema_NamesTheSameKeysTheLoaderReads()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoRoot(), "samples", "rules.schema.json")));
        var properties = schema.RootElement.GetProperty("properties");
        using var rules = JsonDocument.Parse(DefaultText);

        foreach (var section in new[] { "weights", "thresholds", "overall", "words", "screening", "pages" })
        {
            // A key the schema marks deprecated is still read from older files; the shipped file no longer writes it.
            var inSchema = properties.GetProperty(section).GetProperty("properties").EnumerateObject()
                .Where(p => !(p.Value.TryGetProperty("deprecated", out var deprecated) && deprecated.GetBoolean()))
                .Select(p => p.Name).Order();
            var inRules = rules.RootElement.GetProperty(section).EnumerateObject().Select(p => p.Name).Order();
            Assert.Equal(inSchema, inRules);
        }
    }

    internal static string RepoRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "BrandWatch.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("BrandWatch.sln not found");
    }
}
