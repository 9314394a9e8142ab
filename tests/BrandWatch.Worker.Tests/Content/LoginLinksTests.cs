using BrandWatch.Worker.Content;

namespace BrandWatch.Worker.Tests.Content;

public sealed class LoginLinksTests
{
    private static readonly Uri Home = new("http://example-shop.test/");

    private static readonly LoginLinks Links = new(new ContentOptions().LoginWords);

    [Theory]
    [InlineData("""<a href="/login">Hello</a>""", "http://example-shop.test/login")]
    [InlineData("""<a href="/account/sign-in?next=%2F">Go</a>""", "http://example-shop.test/account/sign-in?next=%2F")]
    [InlineData("""<a href="/members">Sign in</a>""", "http://example-shop.test/members")]
    [InlineData("""<a href="/m" aria-label="Log in to your account"><svg></svg></a>""", "http://example-shop.test/m")]
    [InlineData("""<a href="http://www.example-shop.test/signin">Go</a>""", "http://www.example-shop.test/signin")]
    [InlineData("""<a href="/verify.php">Continue</a>""", "http://example-shop.test/verify.php")]
    public void Find_LoginLikeLinkOfTheSameSite_IsFound(string anchor, string expected)
    {
        var found = Links.Find($"<html><body>{anchor}</body></html>", Home, 2);

        Assert.Equal([expected], found.Select(u => u.AbsoluteUri));
    }

    [Theory]
    [InlineData("""<a href="/author/jane">Jane</a>""")]
    [InlineData("""<a href="/blog/catalogue">Catalogue</a>""")]
    [InlineData("""<a href="https://accounts.other-provider.test/login">Sign in with Other</a>""")]
    [InlineData("""<a href="mailto:login@example-shop.test">login@example-shop.test</a>""")]
    [InlineData("""<a href="/">Sign in</a>""")]
    [InlineData("""<a href="#login">Sign in</a>""")]
    public void Find_OtherLinks_AreNotLoginLike(string anchor)
    {
        var found = Links.Find($"<html><body>{anchor}</body></html>", Home, 2);

        Assert.Empty(found);
    }

    [Fact]
    public void Find_ManyLoginLinks_KeepsPathMatchesFirstUpToTheLimit()
    {
        const string html = """
            <a href="/members">Sign in</a>
            <a href="/login">Log in</a>
            <a href="/login">Log in again</a>
            <a href="/secure/update">Update</a>
            <a href="/wallet">Wallet</a>
            """;

        var found = Links.Find(html, Home, 2);

        Assert.Equal(["http://example-shop.test/login", "http://example-shop.test/secure/update"], found.Select(u => u.AbsoluteUri));
    }
}
