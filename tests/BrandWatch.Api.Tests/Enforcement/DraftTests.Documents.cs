using System.Net;
using System.Text.RegularExpressions;
using BrandWatch.Api.Enforcement.Documents;
using BrandWatch.Api.Tests.Infrastructure;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using UglyToad.PdfPig;

namespace BrandWatch.Api.Tests.Enforcement;

/// <summary>
/// The PDF and DOCX of every draft, read back with independent readers (PdfPig, the Open XML SDK): each must hold the
/// Markdown draft's text (itself pinned by the golden files) in order, with the evidence hashes in a monospace font.
/// </summary>
public sealed partial class DraftTests
{
    public static TheoryData<string> KindsForDocuments => new(BrandWatch.Api.Enforcement.DraftKinds.All);

    [Theory]
    [MemberData(nameof(KindsForDocuments))]
    public async Task Draft_AsPdf_HoldsTheMarkdownTextInOrderWithTheHashesInMonospace(string kind)
    {
        var id = await CaseAsync();
        using var reviewer = Client("reviewer-a");
        var markdown = await (await reviewer.FetchAsync($"/api/cases/{id}/drafts/{kind}?format=md")).Content.ReadAsStringAsync(HttpTest.Ct);

        var response = await reviewer.FetchAsync($"/api/cases/{id}/drafts/{kind}?format=pdf");
        var bytes = await response.Content.ReadAsByteArrayAsync(HttpTest.Ct);

        Assert.True(response.StatusCode == HttpStatusCode.OK, System.Text.Encoding.UTF8.GetString(bytes));
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"{kind}-case-{id}.pdf", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        using var pdf = PdfDocument.Open(bytes);
        var letters = pdf.GetPages().SelectMany(p => p.Letters).Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
        var text = string.Concat(letters.Select(l => l.Value));
        AssertHoldsInOrder(PlainLines(markdown), text);
        var hashes = Hashes(markdown);
        Assert.NotEmpty(hashes);
        foreach (var hash in hashes)
        {
            var at = text.IndexOf(hash, StringComparison.Ordinal);
            Assert.True(at >= 0, $"{hash} is not in the PDF");
            Assert.All(letters.Skip(at).Take(hash.Length), l => Assert.Contains("Mono", l.FontName, StringComparison.Ordinal));
        }

        Assert.Contains(kind, pdf.Information.Title, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(KindsForDocuments))]
    public async Task Draft_AsDocx_HoldsTheMarkdownTextWithHeadingsListsAndMonospaceHashes(string kind)
    {
        var id = await CaseAsync();
        using var reviewer = Client("reviewer-a");
        var markdown = await (await reviewer.FetchAsync($"/api/cases/{id}/drafts/{kind}")).Content.ReadAsStringAsync(HttpTest.Ct);

        var response = await reviewer.FetchAsync($"/api/cases/{id}/drafts/{kind}?format=docx");
        var bytes = await response.Content.ReadAsByteArrayAsync(HttpTest.Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(DraftFormats.DocxMediaType, response.Content.Headers.ContentType?.MediaType);
        using var docx = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        var paragraphs = docx.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().ToList();
        AssertHoldsInOrder(PlainLines(markdown), string.Concat(paragraphs.Select(p => p.InnerText)));
        // Every Markdown heading is a Word heading of its level, so Word's navigation pane shows the draft's outline.
        var headings = Regex.Matches(markdown, @"^(#{1,6}) (.+)$", RegexOptions.Multiline).Select(m => ($"Heading{m.Groups[1].Length}", Squeeze(m.Groups[2].Value.Replace("`", "", StringComparison.Ordinal)))).ToList();
        var wordHeadings = paragraphs.Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value?.StartsWith("Heading", StringComparison.Ordinal) == true)
            .Select(p => (p.ParagraphProperties!.ParagraphStyleId!.Val!.Value!, Squeeze(p.InnerText))).ToList();
        Assert.Equal(headings, wordHeadings);
        foreach (var hash in Hashes(markdown))
        {
            var runs = paragraphs.SelectMany(p => p.Descendants<Run>()).Where(r => r.InnerText == hash).ToList();
            Assert.NotEmpty(runs);
            Assert.All(runs, run => Assert.Equal(DraftDocxWriter.MonoFont, run.RunProperties?.RunFonts?.Ascii?.Value));
            // The hashes are cited in the evidence list: Word list items, not paragraphs starting with "-".
            Assert.All(runs, run => Assert.NotNull(run.Ancestors<Paragraph>().Single().ParagraphProperties?.NumberingProperties));
        }
    }

    [Fact]
    public async Task CndrpComplaint_AsPdf_SetsTheChineseNamesInTheCjkFont()
    {
        var id = await CaseAsync();
        using var reviewer = Client("reviewer-a");

        var bytes = await (await reviewer.FetchAsync($"/api/cases/{id}/drafts/cndrp-complaint?format=pdf")).Content.ReadAsByteArrayAsync(HttpTest.Ct);

        using var pdf = PdfDocument.Open(bytes);
        var letters = pdf.GetPages().SelectMany(p => p.Letters).ToList();
        var han = letters.Where(l => l.Value is "中" or "国").ToList();
        Assert.Equal(2, han.Count);
        Assert.All(han, l => Assert.Contains("Droid Sans Fallback", l.FontName, StringComparison.Ordinal));
        Assert.Contains(letters, l => l.Value == "C" && l.FontName?.Contains("DejaVu", StringComparison.Ordinal) == true);
    }

    [Theory]
    [InlineData("xml")]
    [InlineData("pdf ")]
    [InlineData("html")]
    public async Task Draft_InAnUnknownFormat_IsAProblemNamingTheFormats(string format)
    {
        var id = await CaseAsync();
        using var reviewer = Client("reviewer-a");

        var body = await (await reviewer.FetchAsync($"/api/cases/{id}/drafts/abuse-host?format={Uri.EscapeDataString(format)}")).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation");

        Assert.Equal("format", (string?)body["field"]);
        Assert.Contains("md, pdf, docx", (string?)body["detail"]);
    }

    [Fact]
    public async Task Draft_AsPdf_WithACharacterNoFontCovers_IsAProblemNamingItWhileTheDocxStillWorks()
    {
        var id = await CaseAsync();
        using var folder = new TempFolder();
        // An Egyptian hieroglyph: no font the PDF writer looks for has it.
        await File.WriteAllTextAsync(folder.File("abuse-host.md.liquid"), "# Report\n\nSeal: \U00013000 for {{ case.domain }}\n", HttpTest.Ct);
        await using var factory = Clocked.WithWebHostBuilder(b => b.UseSetting("Enforcement:TemplatesFolder", folder.Path));
        using var reviewer = Client("reviewer-a", factory);

        var body = await (await reviewer.FetchAsync($"/api/cases/{id}/drafts/abuse-host?format=pdf")).ExpectProblemAsync(HttpStatusCode.ServiceUnavailable, "draft-fonts");
        var docx = await reviewer.FetchAsync($"/api/cases/{id}/drafts/abuse-host?format=docx");

        Assert.Contains("U+13000", (string?)body["detail"]);
        Assert.Contains("fonts-droid-fallback", (string?)body["detail"]);
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
    }

    [Fact]
    public async Task DraftList_OffersEachKindInEveryFormat()
    {
        var id = await CaseAsync();
        using var reviewer = Client("reviewer-a");

        var list = (await (await reviewer.FetchAsync($"/api/cases/{id}/drafts")).ExpectAsync(HttpStatusCode.OK)).AsArray();

        Assert.All(list, l => Assert.Equal(
            ["md", "pdf", "docx"],
            l!["downloads"]!.AsObject().Select(d => (string)d.Value!).Select(href => href[(href.IndexOf("format=", StringComparison.Ordinal) + 7)..])));
    }

    /// <summary>The text a reader of the draft sees, one line per Markdown line of text, without the markup.</summary>
    private static List<string> PlainLines(string markdown) =>
        Markdig.Markdown.ToPlainText(markdown).Split('\n').Select(Squeeze).Where(l => l.Length > 0).ToList();

    private static string Squeeze(string text) => Regex.Replace(text, @"\s+", string.Empty);

    private static List<string> Hashes(string markdown) =>
        Regex.Matches(markdown, "`([0-9a-f]{64})`").Select(m => m.Groups[1].Value).Distinct().ToList();

    /// <summary>Every line is found in the document's text, each after the one before (whitespace aside: lines wrap).</summary>
    private static void AssertHoldsInOrder(List<string> lines, string document)
    {
        var squeezed = Squeeze(document);
        var at = 0;
        foreach (var line in lines)
        {
            var found = squeezed.IndexOf(line, at, StringComparison.Ordinal);
            Assert.True(found >= 0, $"The document lacks, after position {at}, the line: {line}\nDocument from there: {squeezed[at..Math.Min(squeezed.Length, at + 300)]}");
            at = found + line.Length;
        }
    }
}
