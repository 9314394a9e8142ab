namespace BrandWatch.Rules.Tests.Pages.Corpus;

/// <summary>The labelled corpus of samples/pages: no accusation on a lawful page, every misuse found with its criterion and mark.</summary>
public sealed class PageCorpusTests
{
    private const string QualityHeading = "## Page analysis";

    public static TheoryData<string> Lawful { get; } = [.. PageCorpus.Pages.Where(p => p.Lawful).Select(p => p.Name)];

    public static TheoryData<string> Misuse { get; } = [.. PageCorpus.Pages.Where(p => !p.Lawful).Select(p => p.Name)];

    [Fact]
    public void Corpus_HasAtLeastEightyLabelledPagesOfBothKinds()
    {
        Assert.True(PageCorpus.Pages.Count >= 80, $"{PageCorpus.Pages.Count} pages");
        Assert.True(Lawful.Count >= 40, $"{Lawful.Count} lawful pages");
        Assert.True(Misuse.Count >= 30, $"{Misuse.Count} misuse pages");
    }

    [Theory]
    [MemberData(nameof(Lawful))]
    public void Analyze_LawfulCorpusPage_ReportsNoMisuse(string name)
    {
        var found = PageCorpus.MisuseFound(name);

        Assert.True(found.Count == 0, $"{name}: {PageCorpus.Page(name).Conclusion}\nunexpected: {string.Join(' ', found)}\n{PageCorpus.Findings(name).Describe()}");
    }

    [Theory]
    [MemberData(nameof(Misuse))]
    public void Analyze_MisuseCorpusPage_ReportsExactlyItsLabelledCriteriaAndMark(string name)
    {
        var page = PageCorpus.Page(name);
        var found = PageCorpus.MisuseFound(name);

        var missing = page.Expected.Except(found).Order(StringComparer.Ordinal);
        var extra = found.Except(page.Expected).Order(StringComparer.Ordinal);
        Assert.True(page.Expected.SetEquals(found),
            $"{name}: {page.Conclusion}\nmissing: {string.Join(' ', missing)}\nunexpected: {string.Join(' ', extra)}\n{PageCorpus.Findings(name).Describe()}");
    }

    [Theory]
    [MemberData(nameof(Misuse))]
    public void Analyze_MisuseCorpusPage_ExplainsEachFindingWithEvidence(string name)
    {
        var findings = PageCorpus.Findings(name).Where(f => CorpusPage.MisuseCriteria.Contains(f.Criterion)).ToList();

        Assert.NotEmpty(findings);
        Assert.All(findings, f => Assert.False(string.IsNullOrWhiteSpace(f.Evidence), $"{f.Criterion} {f.Mark} has no evidence"));
        Assert.All(findings, f => Assert.Contains(PageCorpus.Marks.Single(m => m.Id == f.Mark).Name, f.Reason, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("lawful | https://a.example/ | U1:paypal | x", "a lawful page expects no misuse finding")]
    [InlineData("misuse | https://a.example/ | - | x", "must name at least one expected finding")]
    [InlineData("misuse | https://a.example/ | U9:paypal | x", "is not criterion:mark")]
    [InlineData("maybe | https://a.example/ | - | x", "verdict must be lawful or misuse")]
    [InlineData("lawful | a.example | - | x", "is not an absolute URL")]
    [InlineData("lawful | https://a.example/", "expected 'verdict | url | expected | conclusion'")]
    public void ParseLabel_Malformed_NamesTheFileAndTheReason(string line, string reason)
    {
        var (page, error) = CorpusPage.Parse("sample", line);

        Assert.Null(page);
        Assert.StartsWith("sample.label: ", error, StringComparison.Ordinal);
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Corpus_ConfusionTable_IsPublishedInDocsQuality()
    {
        var rows = ConfusionTable.Compute(PageCorpus.Pages, PageCorpus.MisuseFound);
        var table = ConfusionTable.Markdown(PageCorpus.Pages, rows);
        var path = Path.Combine(PageKit.Root, "docs", "quality.md");
        var text = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : "# Detection quality\n";
        var updated = ReplaceTable(text, table);
        if (Environment.GetEnvironmentVariable("BRANDWATCH_REWRITE_GOLDEN") == "1" && updated != text)
        {
            File.WriteAllText(path, updated);
            text = updated;
        }

        Assert.True(updated == text, $"docs/quality.md is out of date; run the corpus tests with BRANDWATCH_REWRITE_GOLDEN=1. Current table:\n{table}");
    }

    /// <summary>Puts the table between the markers of the page-analysis section, adding the section when it is missing.</summary>
    private static string ReplaceTable(string text, string table)
    {
        const string Begin = "<!-- page-corpus-table:begin -->";
        const string End = "<!-- page-corpus-table:end -->";
        var block = $"{Begin}\n{table}{End}";
        var start = text.IndexOf(Begin, StringComparison.Ordinal);
        var end = text.IndexOf(End, StringComparison.Ordinal);
        if (start >= 0 && end > start)
        {
            return text[..start] + block + text[(end + End.Length)..];
        }

        return text.TrimEnd('\n') + $"\n\n{QualityHeading}\n\n{block}\n";
    }
}
