using BrandWatch.Rules.Evidence;
using BrandWatch.Rules.Pages;

namespace BrandWatch.Rules.Tests.Pages;

/// <summary>
/// A credential form that asks for another brand's account poses as that brand's sign-in page, even when the copy has
/// lost its logo and style sheets: the words around the form, its password help on the brand's site, or a title that
/// names nothing but the brand's sign-in (found on saved phishing kits).
/// </summary>
public sealed class AccountSignInTests
{
    private const string Form = "<form action=\"login.php\" method=\"post\"><input name=\"email\" placeholder=\"Email\"><input type=\"password\" name=\"password\"><button>Sign in</button></form>";

    [Theory]
    [InlineData("log into your microsoft account", true)]
    [InlineData("sign in to paypal", true)]
    [InlineData("para continuar inicia sesion en paypal", true)]
    [InlineData("enter your paypal password", true)]
    [InlineData("sign in with your microsoft account", false)]
    [InlineData("connect your microsoft account", false)]
    [InlineData("we accept paypal", false)]
    [InlineData("paypal account fees explained", false)]
    public void NamesTheAccount_ReadsTheWordsAroundTheMark(string folded, bool claims)
    {
        var mark = folded.Contains("paypal", StringComparison.Ordinal) ? "paypal" : "microsoft";
        var hit = new PhraseHit(0, folded.IndexOf(mark, StringComparison.Ordinal), mark.Length);

        Assert.Equal(claims, AccountSignIn.NamesTheAccount(folded, hit));
    }

    [Theory]
    [InlineData("<div class=\"box\"><div class=\"title\">Sign In</div><div class=\"description\">Log into your PayPal account</div>" + Form + "</div>", "Sign In", "sign-in form for its account")]
    [InlineData("<div class=\"box\">" + Form + "<p><a href=\"https://www.paypal.com/authflow/password-recovery/\">Forgot your password?</a></p></div>", "Sign In", "sign-in form whose password help is on its site")]
    [InlineData("<div class=\"box\">" + Form + "</div>", "Log in - PayPal", "sign-in page titled with its name")]
    [InlineData("<div class=\"box\">" + Form + "</div>", "PayPal – log in or sign up", "sign-in page titled with its name")]
    [InlineData("<div class=\"box\">" + Form + "</div>", "Iniciar sesión - Cuentas de PayPal", "sign-in page titled with its name")]
    [InlineData("<h2>Sign in to PayPal</h2>" + Form, "Sign In", "sign-in form for its account")]
    [InlineData("<main><div><h3>Sign in</h3><input id=\"user\" placeholder=\"Email\"><input id=\"pass\" type=\"password\"><label>No account? <a href=\"https://www.paypal.com/signup\">Create one!</a></label><button id=\"go\">Sign in</button></div></main>", "", "sign-in form whose password help is on its site")]
    public void Analyze_CredentialFormForTheBrandsAccount_IsImpersonation(string body, string title, string signal)
    {
        var findings = PageKit.Analyze(PageKit.Page(body, title: title), "https://account-verify-center.example/login.html");

        var finding = Assert.Single(findings.Of(Criteria.U1, "paypal"));
        Assert.Contains(signal, finding.Facts["presentsAs"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<div class=\"box\"><h2>Welcome back to Trailbook</h2>" + Form + "<a class=\"btn\" href=\"https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=1&redirect_uri=x\">Sign in with your Microsoft account</a></div>", "Log in - Trailbook")]
    [InlineData("<div class=\"settings\"><h2>Security</h2><label>New password</label>" + Form + "<p>Connect your Microsoft account to sync calendars.</p></div>", "Account settings")]
    [InlineData("<div class=\"pay\"><label>Card number</label><input name=\"cardnumber\" autocomplete=\"cc-number\"><input name=\"cvc\" autocomplete=\"cc-csc\"><p><a href=\"https://www.paypal.com/webapps/mpp/about\">About PayPal</a></p></div>", "Checkout")]
    [InlineData("<div class=\"box\">" + Form + "<p><a href=\"/reset\">Forgot your password?</a></p></div>", "Log in - Microsoft Teams help forum")]
    [InlineData("<div class=\"box\">" + Form + "<p>Trouble signing in? <a href=\"https://www.paypal.com/us/smarthelp/contact-us\">Create a ticket with PayPal support</a></p></div>", "Log in - Trailbook")]
    public void Analyze_OwnLoginBesideABrand_IsNoImpersonation(string body, string title)
    {
        var findings = PageKit.Analyze(PageKit.Page(body, title: title), "https://trailbook.example/login");

        Assert.DoesNotContain(findings, f => f.Criterion == Criteria.U1);
    }

    [Fact]
    public void Analyze_SignUpWithAScriptDrivenSignInOption_DoesNotWearTheProvidersLogo()
    {
        // A sign-up page's "Sign in with Apple" option built of divs (a script handles the click), indented as written.
        const string option = """
            <div class="online-login">
                <div class="apple option">
                    <div class="option-container">
                        <img src="/assets/icons8-apple-logo.png" alt="apple logo">
                        <p>Sign in with Apple</p>
                    </div>
                </div>
            </div>
            """;

        var findings = PageKit.Analyze(PageKit.Page("<section><h2>Get started now</h2>" + Form + option + "</section>", title: "Sign Up"), "https://trailbook.example/register");

        Assert.DoesNotContain(findings, f => f.Mark == "apple" && f.Criterion is Criteria.U1 or Criteria.A12);
    }
}
