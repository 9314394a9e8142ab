using System.Globalization;
using BrandWatch.Rules.Cases;
using BrandWatch.Rules.Evidence;
using BrandWatch.Rules.Tests.Pages.Corpus;
using BrandWatch.Worker.Content;

namespace BrandWatch.Worker.Tests.Content;

/// <summary>
/// Content screening of the labelled pages with image files: a logo or favicon copied onto an unrelated host is found
/// from the fetched images; a retailer's product list and a wall of customer logos, which show the same images, stay
/// lawful.
/// </summary>
public sealed class VisualCorpusTests(VisualCorpus corpus) : IClassFixture<VisualCorpus>
{
    public static TheoryData<string> Lawful { get; } = [.. VisualCorpus.Pages.Where(p => p.Lawful).Select(p => p.Name)];

    public static TheoryData<string> Misuse { get; } = [.. VisualCorpus.Pages.Where(p => !p.Lawful).Select(p => p.Name)];

    [Fact]
    public void VisualCorpus_HasLawfulAndMisusePagesWithImageFiles()
    {
        Assert.True(Lawful.Count >= 2 && Misuse.Count >= 2, $"{Lawful.Count} lawful, {Misuse.Count} misuse");
        Assert.All(VisualCorpus.Pages, p => Assert.True(Directory.Exists(Path.Combine(VisualCorpus.Folder, p.Name + ".files")), $"{p.Name} has no image files"));
    }

    [Theory]
    [MemberData(nameof(Lawful))]
    public void ContentScreening_LawfulPageWithImages_ReportsNoMisuseAndFilesNothing(string name)
    {
        var found = corpus.MisuseFound(name);

        Assert.True(found.Count == 0, $"{name}: unexpected {string.Join(' ', found)}\n{corpus.Describe(name)}");
        Assert.Equal(ContentStatus.Screened, corpus.Outcome(name).Status);
        Assert.Empty(corpus.Outcome(name).Cases);
    }

    [Theory]
    [MemberData(nameof(Misuse))]
    public void ContentScreening_MisusePageWithImages_ReportsExactlyItsLabelledFindingsAndFilesPhishing(string name)
    {
        var page = VisualCorpus.Pages.Single(p => p.Name == name);
        var found = corpus.MisuseFound(name);

        Assert.True(page.Expected.SetEquals(found), $"{name}: expected {string.Join(' ', page.Expected.Order())}, found {string.Join(' ', found.Order())}\n{corpus.Describe(name)}");
        var filed = Assert.Single(corpus.Outcome(name).Cases);
        Assert.Equal((SubjectKind.Phishing, CaseSource.Content), (filed.Kind, filed.Source));
        Assert.Equal(page.Expected.Single(e => e.StartsWith("U1:", StringComparison.Ordinal))[3..], filed.Mark);
    }

    [Theory]
    [MemberData(nameof(Misuse))]
    public void ContentScreening_MisusePageWithImages_ExplainsTheVisualMatchWithItsDistance(string name)
    {
        var visual = corpus.Findings(name).Where(f => f.Criterion == Criteria.A12 && f.Facts.ContainsKey("visualMatch")).ToList();

        var finding = Assert.Single(visual);
        var distance = int.Parse(finding.Facts["hashDistance"], CultureInfo.InvariantCulture);
        Assert.InRange(distance, 0, 10);
        Assert.StartsWith("marks/", finding.Facts["reference"], StringComparison.Ordinal);
        Assert.Contains(finding.Facts["visualMatch"] == "exact" ? "the same bytes as the reference favicon" : $"perceptual hash distance {distance} of 64", finding.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ContentScreening_ImageSharedByTheCardsOfAProductList_IsFetchedOnce()
    {
        var host = VisualCorpus.Pages.Single(p => p.Name == "lawful-reseller-product-list-logo").Url.IdnHost;

        Assert.Equal(1, corpus.Sites.Hits(host, "/media/makers/brand-3.png"));
        Assert.Equal(1, corpus.Sites.Hits(host, "/favicon.ico"));
    }

    [Fact]
    public void VisualCorpus_ConfusionTable_IsPublishedInDocsQuality()
    {
        var rows = ConfusionTable.Compute(VisualCorpus.Pages, corpus.MisuseFound);
        var table = ConfusionTable.Markdown(VisualCorpus.Pages, rows, "samples/pages/visual/marks.json");
        var path = RepoPaths.Of("docs", "quality.md");
        const string Begin = "<!-- visual-corpus-table:begin -->";
        const string End = "<!-- visual-corpus-table:end -->";
        var text = File.ReadAllText(path).ReplaceLineEndings("\n");
        var start = text.IndexOf(Begin, StringComparison.Ordinal);
        var end = text.IndexOf(End, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, $"docs/quality.md has no {Begin} … {End} block");
        var updated = text[..start] + $"{Begin}\n{table}{End}" + text[(end + End.Length)..];
        if (Environment.GetEnvironmentVariable("BRANDWATCH_REWRITE_GOLDEN") == "1" && updated != text)
        {
            File.WriteAllText(path, updated);
            text = updated;
        }

        Assert.True(updated == text, $"docs/quality.md is out of date; run these tests with BRANDWATCH_REWRITE_GOLDEN=1. Current table:\n{table}");
    }
}
