using AngleSharp.Dom;

namespace BrandWatch.Rules.Pages;

/// <summary>
/// Whose account a credential form asks for, read from the form and what stands around it: words that send the reader
/// to the brand's account ("Log into your Google account", "inicia sesión en Spotify") or links for the account's
/// forgotten password or sign-up on the brand's own host. A site's own login form names its own service and recovers
/// its own passwords; a form that asks for another brand's account is posing as that brand's sign-in page, the copy a
/// phishing kit makes of it. Sign-in buttons of a provider ("Sign in with Google") are the provider's service, and are
/// never read as a claim.
/// </summary>
internal static class AccountSignIn
{
    /// <summary>How far up from a form its surroundings are read, and how much text they may hold.</summary>
    private const int MaxLevels = 3;

    private const int MaxSurroundingChars = 1500;

    /// <summary>Folded words right before the mark that send the reader to sign in to it.</summary>
    private static readonly string[] SignInTo =
    [
        "sign in to", "sign into", "signin to", "log in to", "log into", "login to", "log on to", "logon to",
        "inicia sesion en", "iniciar sesion en", "inicie sesion en", "connectez vous a", "se connecter a", "connexion a",
        "accedi a", "entrar no", "entrar na", "entre no", "entre na", "anmelden bei", "einloggen bei", "inloggen bij",
        "aanmelden bij",
    ];

    /// <summary>Possessives before the mark, and what follows it, that make it the reader's account ("your PayPal account").</summary>
    private static readonly HashSet<string> Possessives = new(StringComparer.Ordinal) { "your", "ihr", "ihre", "ihrem", "tu", "votre", "sua", "seu", "tuo", "uw", "je" };

    private static readonly HashSet<string> AccountWords = new(StringComparer.Ordinal) { "account", "id", "konto", "password", "cuenta", "compte", "conta" };

    /// <summary>Words before "your … account" that make it the provider's sign-in service or a link to it, not this form's account.</summary>
    private static readonly HashSet<string> ServiceWords = new(StringComparer.Ordinal)
    {
        "with", "using", "via", "through", "connect", "connecting", "link", "linking", "unlink", "disconnect", "con", "avec", "mit", "met", "com",
    };

    /// <summary>Folded words of a link that recovers the account's password or opens one.</summary>
    private static readonly string[] AccountHelp =
    [
        "password", "forgot", "forgotten", "reset", "recover", "sign up", "signup", "register", "create account",
        "create an account", "create one", "new account", "join now", "contrasena", "olvid", "mot de passe", "oubli",
        "passwort", "vergessen", "senha", "esquec", "registr", "inscri", "crear cuenta", "creer un compte",
    ];

    /// <summary>Folded words a sign-in page's title holds beside the brand ("Sign in - Adobe ID", "Netflix - Sign In"), and those of them that sign in.</summary>
    private static readonly HashSet<string> SignInTitleWords = new(StringComparer.Ordinal)
    {
        "sign", "signin", "in", "log", "login", "logon", "on", "to", "into", "account", "accounts", "id", "your",
        "or", "up", "signup", "iniciar", "inicia", "sesion", "connexion", "se", "connecter", "anmelden", "anmeldung",
        "inloggen", "aanmelden", "entrar", "accedi", "accesso", "acceso", "cuenta", "cuentas", "compte", "comptes",
        "konto", "conta", "contas", "de",
    };

    private static readonly HashSet<string> SignInVerbs = new(StringComparer.Ordinal)
    {
        "sign", "signin", "log", "login", "logon", "iniciar", "inicia", "connexion", "connecter", "anmelden", "anmeldung", "inloggen", "aanmelden", "entrar", "accedi", "accesso", "acceso",
    };

    /// <summary>The marks whose account the page's credential forms ask for, with how each shows it.</summary>
    public static IEnumerable<(int Mark, string Signal)> Claims(PageFacts page)
    {
        var forms = page.Forms.Where(form => AsksForCredentials(page, form)).ToList();
        // Fields a script submits, with no form around them: their box stands for the form.
        if (page.LooseInputs.FirstOrDefault(input => CredentialFields.Kind(input, page.Options) is not null)?.ParentElement is { LocalName: not ("body" or "html") } box)
        {
            forms.Add(box);
        }

        if (forms.Count > 0 && TitleNamesTheSignIn(page) is int titled)
        {
            yield return (titled, "sign-in page titled with its name");
        }

        foreach (var form in forms)
        {
            var around = Surroundings(form);
            foreach (var mark in NamedAsTheAccount(page, around))
            {
                yield return (mark, "sign-in form for its account");
            }

            foreach (var mark in HelpOnTheOwnersSite(page, around))
            {
                yield return (mark, "sign-in form whose password help is on its site");
            }
        }
    }

    /// <summary>
    /// The one mark a title names as the page's sign-in: beside sign-in words alone ("Login - Spotify") or as the account
    /// signed in to ("Sign in to Microsoft Online Services"); null otherwise.
    /// </summary>
    private static int? TitleNamesTheSignIn(PageFacts page)
    {
        var (folded, hits) = page.MarkHits(page.Title);
        if (hits.Count != 1 || page.Skip[hits[0].Id])
        {
            return null;
        }

        var rest = (folded[..hits[0].Start] + " " + folded[(hits[0].Start + hits[0].Length)..]).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var onlySignIn = rest.Length > 0 && rest.All(SignInTitleWords.Contains) && rest.Any(SignInVerbs.Contains);
        return onlySignIn || NamesTheAccount(folded, hits[0]) ? hits[0].Id : null;
    }

    private static bool AsksForCredentials(PageFacts page, IElement form) =>
        form.QuerySelectorAll("input").Take(200).Any(input => CredentialFields.Kind(input, page.Options) is not null);

    // The form's container, as far up as it stays a sign-in box: three levels, short of the page's whole body.
    private static IElement Surroundings(IElement form)
    {
        var around = form;
        for (var level = 0; level < MaxLevels; level++)
        {
            var parent = around.ParentElement;
            if (parent is null || parent.LocalName is "body" or "html" || (parent.TextContent?.Length ?? 0) > MaxSurroundingChars)
            {
                break;
            }

            around = parent;
        }

        return around;
    }

    private static HashSet<int> NamedAsTheAccount(PageFacts page, IElement around)
    {
        var marks = new HashSet<int>();
        // The box's own text, and what stands right before it (a heading over a form placed straight in the body).
        var before = new List<IElement>();
        for (var sibling = around.PreviousElementSibling; sibling is not null && before.Count < 3; sibling = sibling.PreviousElementSibling)
        {
            before.Add(sibling);
        }

        foreach (var element in around.QuerySelectorAll("h1, h2, h3, h4, h5, h6, p, label, legend, span, div, strong, center").Prepend(around).Concat(before).Take(300))
        {
            // Only text of the element's own: a container's text is its children's, read on their own.
            var text = string.Concat(element.ChildNodes.OfType<IText>().Select(t => t.Data));
            if (string.IsNullOrWhiteSpace(text) || element.Closest("a") is not null || page.InServiceControl(element) || page.IsHidden(element))
            {
                continue;
            }

            var (folded, hits) = page.MarkHits(text);
            foreach (var hit in hits)
            {
                if (!page.Skip[hit.Id] && NamesTheAccount(folded, hit))
                {
                    marks.Add(hit.Id);
                }
            }
        }

        return marks;
    }

    /// <summary>"sign in to [your] M", or "your M account" not after "with" or "connect".</summary>
    internal static bool NamesTheAccount(string folded, PhraseHit hit)
    {
        var before = folded[..hit.Start].TrimEnd();
        var words = before.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var possessive = words.Length > 0 && Possessives.Contains(words[^1]);
        var lead = possessive ? string.Join(' ', words[..^1]) : before;
        if (SignInTo.Any(phrase => lead.EndsWith(phrase, StringComparison.Ordinal) && (lead.Length == phrase.Length || lead[^(phrase.Length + 1)] == ' ')))
        {
            return true;
        }

        var after = folded[(hit.Start + hit.Length)..].TrimStart();
        var next = after.Split(' ', 2)[0];
        return possessive && AccountWords.Contains(next) && !(words.Length > 1 && ServiceWords.Contains(words[^2]));
    }

    private static HashSet<int> HelpOnTheOwnersSite(PageFacts page, IElement around)
    {
        var marks = new HashSet<int>();
        foreach (var link in around.QuerySelectorAll("a[href]").Take(50))
        {
            if (page.InServiceControl(link) || page.Href(link) is not { } target)
            {
                continue;
            }

            var words = TextFolder.Fold(PageMarkup.Text(link, 200) + " " + target.AbsolutePath.Replace('-', ' ').Replace('/', ' '));
            if (!AccountHelp.Any(words.Contains))
            {
                continue;
            }

            foreach (var mark in page.Tables.OfficialHosts.OwnersOf(WebAddress.Host(target)))
            {
                if (!page.Skip[mark])
                {
                    marks.Add(mark);
                }
            }
        }

        return marks;
    }
}
