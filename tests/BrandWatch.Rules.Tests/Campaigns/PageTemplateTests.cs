using AngleSharp.Html.Parser;
using BrandWatch.Rules.Pages;

namespace BrandWatch.Rules.Tests.Campaigns;

public sealed class PageTemplateTests
{
    private const string Kit = """
        <!DOCTYPE html><html><head><meta charset="utf-8"><title>{T}</title><link rel="stylesheet" href="/k.css"></head>
        <body><header class="top bar"><img class="logo" src="/{T}.png" alt="{T}"><nav><a href="/">Home</a><a href="/help">Help</a></nav></header>
        <main class="card"><h1>Sign in to {T}</h1><form action="/c.php" method="post"><label>E-mail</label><input name="e" type="email">
        <label>Password</label><input name="p" type="password"><button class="btn primary">Continue</button></form>
        <ul class="links">{ITEMS}</ul></main><footer><p>© {T}</p><p>Privacy</p></footer></body></html>
        """;

    private static string? Of(string html) => PageTemplate.Of(new HtmlParser().ParseDocument(html));

    private static string Page(string brand, int items) =>
        Kit.Replace("{T}", brand, StringComparison.Ordinal).Replace("{ITEMS}", string.Concat(Enumerable.Repeat($"<li><a href=\"/{brand}\">{brand} offer</a></li>", items)), StringComparison.Ordinal);

    [Fact]
    public void Fingerprint_SurvivesNewText_NewAddresses_AndALongerList()
    {
        var first = Of(Page("Quorvexa", 3));

        Assert.NotNull(first);
        Assert.Matches("^[0-9a-f]{16}$", first);
        Assert.Equal(first, Of(Page("Zentrilo Bank", 3)));
        Assert.Equal(first, Of(Page("Zentrilo Bank", 11)));
    }

    [Fact]
    public void Fingerprint_ChangesWithTheLayout()
    {
        var changed = Page("Quorvexa", 3).Replace("<input name=\"p\" type=\"password\">", "<input name=\"p\" type=\"text\">", StringComparison.Ordinal);

        Assert.NotEqual(Of(Page("Quorvexa", 3)), Of(changed));
        Assert.NotEqual(Of(Page("Quorvexa", 3)), Of(Page("Quorvexa", 3).Replace("class=\"card\"", "class=\"panel\"", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("class=\"primary btn\"")]
    [InlineData("class=\" btn\tprimary  btn\n\"")]
    [InlineData("class=\"btn primary primary\"")]
    public void Fingerprint_ReadsClassNamesAsASet_InAnyOrderAndSpacing(string classes)
    {
        var reordered = Page("Quorvexa", 3).Replace("class=\"btn primary\"", classes, StringComparison.Ordinal);

        Assert.Equal(Of(Page("Quorvexa", 3)), Of(reordered));
        Assert.NotEqual(Of(Page("Quorvexa", 3)), Of(Page("Quorvexa", 3).Replace("class=\"btn primary\"", "class=\"btn\"", StringComparison.Ordinal)));
    }

    [Fact]
    public void Fingerprint_OfASmallPage_IsNone() =>
        Assert.Null(Of("<html><body><p>Moved</p><a href=\"/x\">here</a></body></html>"));
}
