using BrandWatch.Rules.Pages;

namespace BrandWatch.Rules.Tests.Pages;

/// <summary>
/// The text filter that cuts a style sheet to the declarations the analysis reads before it is parsed: what it
/// keeps, what it drops, and the text it refuses to touch (returned unchanged).
/// </summary>
public sealed class CssDeclarationStripperTests
{
    private static readonly HashSet<string> Read = ["color", "display", "font", "font-size", "background"];

    [Theory]
    [InlineData(".a{margin:0;color:red;padding:1px}", ".a{color:red;}")]
    [InlineData(".a{margin:0;padding:1px} .b{display:none}", " .b{display:none}")]
    [InlineData(".a{margin:0}", "")]
    [InlineData(".a{color:red}", ".a{color:red}")]
    [InlineData("@media (min-width: 10px) { .a{margin:0} .b{color:red;border:0} }", "@media (min-width: 10px) { .b{color:red;} }")]
    [InlineData("@layer base { .a{margin:0} }", "@layer base { }")]
    [InlineData("@font-face{font-family:x;src:url(a.woff)}", "@font-face{font-family:x;src:url(a.woff)}")]
    [InlineData("@keyframes spin{from{margin:0}to{margin:1px}}", "@keyframes spin{from{margin:0}to{margin:1px}}")]
    [InlineData("@import url(a.css); .a{margin:0}", "@import url(a.css);")]
    [InlineData(".a{--gap:0;margin:var(--gap)}", ".a{--gap:0;}")]
    [InlineData(".a{COLOR:red;Margin:0}", ".a{COLOR:red;Margin:0}")]
    [InlineData(".a{co\\lor:red;margin:0}", ".a{co\\lor:red;}")]
    [InlineData(".a::after{content:\"}{;\";color:red}", ".a::after{color:red}")]
    [InlineData(".a{background:url(data:image/png;base64,AA==);margin:0}", ".a{background:url(data:image/png;base64,AA==);}")]
    [InlineData(".a{margin:0; .b{margin:0}}", ".a{margin:0; .b{margin:0}}")]
    [InlineData("/* .a{display:none} */.b{margin:0}", "")]
    public void Strip_StyleSheet_KeepsOnlyTheDeclarationsRead(string css, string expected)
    {
        var stripped = CssDeclarationStripper.Strip(css, name => Read.Contains(name.ToString()));

        Assert.Equal(expected, stripped);
    }

    [Theory]
    [InlineData(".a{margin:0")]
    [InlineData(".a{margin:0}} .b{margin:0}")]
    [InlineData(".a{content:\"open;margin:0}")]
    [InlineData(".a{margin:0} /* unclosed")]
    public void Strip_TextItCannotFollow_ReturnsTheSheetUnchanged(string css)
    {
        var stripped = CssDeclarationStripper.Strip(css, name => Read.Contains(name.ToString()));

        Assert.Equal(css, stripped);
    }
}
