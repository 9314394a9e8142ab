using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;

namespace BrandWatch.Api.Tests.Web;

/// <summary>The page itself, served by the Api, before anyone signs in; and its domain rendering in the browser.</summary>
public sealed class ShellTests(DeskFixture desk) : IClassFixture<DeskFixture>
{
    [Fact]
    public async Task Root_WithoutKey_ShowsSignInUnderStrictCsp()
    {
        await using var tab = await desk.OpenAsync();

        var response = await tab.Page.GotoAsync("/");

        Assert.NotNull(response);
        Assert.Equal(200, response.Status);
        var headers = await response.AllHeadersAsync();
        Assert.Equal(ReviewDeskExtensions.ContentSecurityPolicy, headers["content-security-policy"]);
        Assert.Equal("nosniff", headers["x-content-type-options"]);
        await Assertions.Expect(tab.Page.GetByLabel("API key")).ToBeVisibleAsync();
        await Assertions.Expect(tab.Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" })).ToBeVisibleAsync();
        await Assertions.Expect(tab.Page.GetByRole(AriaRole.Navigation, new() { Name = "Sections" })).ToBeHiddenAsync();
        Assert.Empty(tab.ConsoleErrors);
    }

    [Theory]
    [InlineData("app.js", "text/javascript")]
    [InlineData("app.css", "text/css")]
    [InlineData("idn.js", "text/javascript")]
    public async Task Asset_Requested_IsServedWithItsTypeAndRevalidatedByETag(string file, string type)
    {
        using var client = desk.Api.CreateClient();

        using var first = await client.GetAsync(new Uri($"/desk/{file}", UriKind.Relative), TestContext.Current.CancellationToken);
        using var again = new HttpRequestMessage(HttpMethod.Get, $"/desk/{file}");
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!); // the first answer carried one, asserted below
        using var second = await client.SendAsync(again, TestContext.Current.CancellationToken);

        Assert.Equal(System.Net.HttpStatusCode.OK, first.StatusCode);
        Assert.StartsWith(type, first.Content.Headers.ContentType?.ToString(), StringComparison.Ordinal);
        Assert.NotNull(first.Headers.ETag);
        Assert.Equal(System.Net.HttpStatusCode.NotModified, second.StatusCode);
    }

    [Fact]
    public async Task Asset_Unknown_IsNotFound()
    {
        using var client = desk.Api.CreateClient();

        using var response = await client.GetAsync(new Uri("/desk/..%2Fappsettings.json", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("xn--pypal-4ve.com", "pаypal.com", new[] { "Cyrillic character “а” U+0430, in a label that mixes scripts" })]
    [InlineData("xn--80ak6aa92e.com", "аррӏе.com", new[] { "Cyrillic character “а” U+0430", "Cyrillic character “р” U+0440", "Cyrillic character “р” U+0440", "Cyrillic character “ӏ” U+04CF", "Cyrillic character “е” U+0435" })]
    [InlineData("xn--1lq90i.com", "北京.com", new[] { "Han character “北” U+5317", "Han character “京” U+4EAC" })]
    [InlineData("paypal-login.com", "paypal-login.com", new string[0])]
    public async Task DomainPanel_InTheBrowser_HighlightsEveryNonAsciiCharacterWithItsName(string ascii, string unicode, string[] labels)
    {
        await using var tab = await desk.OpenAsync();
        await tab.Page.GotoAsync("/");

        await tab.Page.EvaluateAsync(
            "async ascii => { const m = await import('/desk/domain.js'); document.querySelector('#view').append(m.domainPanel(ascii)); }", ascii);

        var panel = tab.Page.Locator(".domain-panel");
        await Assertions.Expect(panel.GetByTestId("domain-unicode")).ToHaveTextAsync(unicode);
        await Assertions.Expect(panel.GetByTestId("domain-ascii")).ToHaveTextAsync(ascii);
        var marks = panel.Locator("mark.confusable");
        Assert.Equal(labels, await marks.EvaluateAllAsync<string[]>("els => els.map(e => e.getAttribute('aria-label'))"));
        Assert.Empty(tab.ConsoleErrors);
    }

    [Fact]
    public async Task DomainPanel_HostileMarkupInTheDomain_IsShownAsTextNeverRun()
    {
        await using var tab = await desk.OpenAsync();
        await tab.Page.GotoAsync("/");
        const string hostile = "<img src=x onerror=\"window.pwned=1\">.com";

        await tab.Page.EvaluateAsync(
            "async d => { const m = await import('/desk/domain.js'); document.querySelector('#view').append(m.domainPanel(d)); }", hostile);

        await Assertions.Expect(tab.Page.GetByTestId("domain-unicode")).ToHaveTextAsync(hostile);
        Assert.Equal(0, await tab.Page.Locator("#view img").CountAsync());
        Assert.False(await tab.Page.EvaluateAsync<bool>("() => window.pwned === 1"));
    }

    [Fact]
    public async Task SignIn_Page_HasNoAccessibilityViolations()
    {
        await using var tab = await desk.OpenAsync();
        await tab.Page.GotoAsync("/");
        await Assertions.Expect(tab.Page.GetByLabel("API key")).ToBeVisibleAsync();

        var violations = await Accessibility.ViolationsAsync(tab.Page);

        Assert.True(violations.Length == 0, string.Join(Environment.NewLine, violations));
    }
}
